import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inside, REPO, resolveStatic } from '../../../demo/static-files';

// The routing every local page server shares (demo:form, scanner fixtures, extension e2e).
describe('static file routes', () => {
  const forms = path.join(REPO, 'demo/forms');
  const fixtures = path.join(REPO, 'test/fixtures/extension');

  it('never leaves the folder it serves', () => {
    expect(inside(forms, '../serve.ts')).toBe(path.join(forms, 'serve.ts')); // "../" is clamped at the root
    expect(inside(forms, '/etc/passwd')).toBe(path.join(forms, 'etc/passwd'));
    expect(resolveStatic('/../../package.json', { roots: { '/': forms } })).toBe(path.join(forms, 'package.json'));
  });

  it('serves the index, only the named libraries, and the longest matching prefix', () => {
    const demo = { roots: { '/': forms }, index: 'application.html', libs: ['vue'] };
    expect(resolveStatic('/', demo)).toBe(path.join(forms, 'application.html'));
    expect(resolveStatic('/lib/vue/vue.global.prod.js', demo)).toBe(
      path.join(REPO, 'node_modules/vue/dist/vue.global.prod.js'),
    );
    expect(resolveStatic('/lib/antd/antd.min.js', demo)).toBeNull();
    expect(resolveStatic('/lib/', demo)).toBeNull();
    const e2e = { roots: { '/': fixtures, '/demo/': forms }, extensions: ['.html', '.js', '.css'] };
    expect(resolveStatic('/demo/application.html', e2e)).toBe(path.join(forms, 'application.html'));
    expect(resolveStatic('/application.html', e2e)).toBe(path.join(fixtures, 'application.html'));
    expect(resolveStatic('/check-sample.json', e2e)).toBeNull(); // not one of its extensions
    expect(resolveStatic('/', e2e)).toBeNull(); // no index there: 404
  });
});
