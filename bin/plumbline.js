#!/usr/bin/env node
// The CLI runs the committed bundle, so a clone needs no build step.
import '../dist/cli.js'
