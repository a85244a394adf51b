// Handlebars templates are imported as text (esbuild `text` loader in the bundle, test/hbs-transform.cjs in Jest).
declare module '*.hbs' {
  const template: string
  export default template
}
