// Jest transform for handlebars templates: the module's default export is the template text, exactly what
// esbuild's `text` loader gives the bundle.
module.exports = {
  process(source) {
    return { code: `module.exports = ${JSON.stringify(source)};` }
  }
}
