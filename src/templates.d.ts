// Handlebars templates are imported as text (esbuild `text` loader in the bundle, test/hbs-transform.cjs in Jest).
// One exception, which src/report/html.ts handles: the product's bundle (scripts/bundle.mjs) precompiles
// templates/report.hbs into Handlebars' template specification.
declare module '*.hbs' {
  const template: string
  export default template
}
