/** Files imported as text (`import source from './file.js?raw'`), as Vite does. */
declare module '*?raw' {
  const text: string;
  export default text;
}
