// Renders every BPMN diagram of processes/ to docs/diagrams/<name>.svg with bpmn-js, the modeler's
// own renderer, in headless Chromium (Debian's; never a downloaded browser). Run after changing a
// diagram:  node docs/render-diagrams.mjs
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const viewer = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  await page.setContent('<html><body><div id="canvas" style="width: 2000px; height: 1000px"></div></body></html>');
  await page.addScriptTag({ path: viewer });
  for (const file of readdirSync('processes').filter((name) => name.endsWith('.bpmn')).sort()) {
    const xml = readFileSync(`processes/${file}`, 'utf8');
    const svg = await page.evaluate(async (diagram) => {
      document.getElementById('canvas').innerHTML = '';
      const bpmn = new BpmnJS({ container: '#canvas' });
      const { warnings } = await bpmn.importXML(diagram);
      if (warnings.length) {
        throw new Error(warnings.map((w) => w.message).join('; '));
      }
      const { svg } = await bpmn.saveSVG();
      bpmn.destroy();
      return svg;
    }, xml);
    const target = `docs/diagrams/${file.replace(/\.bpmn$/, '.svg')}`;
    writeFileSync(target, svg);
    console.log(`${file} -> ${target}`);
  }
} finally {
  await browser.close();
}
