import { readFileSync, existsSync } from 'fs';
import * as path from 'path';
import { RIBBON_FUNCTIONS } from '../../../src/commands/ribbon-functions';
import { nodeEval } from './helpers/node-eval';
import { child, childrenNamed, descendants, parseXml, type XmlElement } from './helpers/xml-tree';

/**
 * `office-addin-manifest validate` posts the manifest to an online service, which this machine
 * cannot reach. Offline, this checks what that service checks for this add-in: well-formed XML,
 * the XSD's element order, ids and resource references, the URLs (own origin only, SPEC §10),
 * the icons (files present, sizes as declared), and the ribbon wired to the commands' code. It
 * also reads the manifest with office-addin-manifest's own parser (`readManifestFile`, offline).
 */
const ROOT = path.resolve(__dirname, '../../..');
const XML = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const ORIGIN = 'https://localhost:3000';
const STABLE_ID = '0ae59657-7db8-44f4-909f-3e4598997b07';
const root = parseXml(XML);
const all = descendants(root);
const named = (name: string): XmlElement[] => all.filter((e) => e.name === name);
const resources = child(child(root, 'VersionOverrides')!, 'Resources')!;
const resourceIds = (group: string): Map<string, XmlElement> => new Map(childrenNamed(child(resources, group)!, group === 'Urls' ? 'Url' : group === 'Images' ? 'Image' : 'String').map((e) => [e.attributes.id!, e]));
const images = resourceIds('Images');
const urls = resourceIds('Urls');
const shortStrings = resourceIds('ShortStrings');
const longStrings = resourceIds('LongStrings');

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const assetFile = (url: string): string => path.join(ROOT, url.slice(ORIGIN.length + 1));

describe('manifest.xml', () => {
  test('is an add-in-only task pane manifest for Excel, elements in the order of the schema', () => {
    expect(root.name).toBe('OfficeApp');
    expect(root.uri).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(root.attributes['xsi:type']).toBe('TaskPaneApp');
    expect(root.children.map((c) => c.name)).toEqual([
      'Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl',
      'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides',
    ]);
    expect(childrenNamed(child(root, 'Hosts')!, 'Host').map((h) => h.attributes.Name)).toEqual(['Workbook']);
    expect(child(root, 'Permissions')!.text).toBe('ReadWriteDocument');
    expect(child(root, 'Version')!.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  test('keeps its id (Office identifies the add-in, and what it stores, by it)', () => {
    expect(child(root, 'Id')!.text).toBe(STABLE_ID);
  });

  test('asks for ExcelApi 1.13 and nothing else', () => {
    const sets = childrenNamed(child(child(root, 'Requirements')!, 'Sets')!, 'Set');
    expect(sets.map((s) => [s.attributes.Name, s.attributes.MinVersion])).toEqual([['ExcelApi', '1.13']]);
  });

  test('loads nothing but its own origin', () => {
    expect(childrenNamed(child(root, 'AppDomains')!, 'AppDomain').map((d) => d.text)).toEqual([ORIGIN]);
    // Namespace declarations (xmlns…) are names, not addresses anything is loaded from.
    const addresses = [
      ...all.flatMap((e) => Object.entries(e.attributes).filter(([name]) => !name.startsWith('xmlns')).map(([, v]) => v)),
      ...all.map((e) => e.text.trim()),
    ].filter((v) => /^[a-z]+:\/\//i.test(v));
    expect(addresses.length).toBeGreaterThan(10);
    expect(addresses.filter((a) => !a.startsWith(`${ORIGIN}/`) && a !== ORIGIN)).toEqual([]);
    expect(child(child(root, 'DefaultSettings')!, 'SourceLocation')!.attributes.DefaultValue).toBe(`${ORIGIN}/taskpane.html`);
    expect(urls.get('Taskpane.Url')!.attributes.DefaultValue).toBe(`${ORIGIN}/taskpane.html`);
    expect(urls.get('Functions.Script.Url')!.attributes.DefaultValue).toBe(`${ORIGIN}/functions.js`);
    expect(urls.get('Functions.Metadata.Url')!.attributes.DefaultValue).toBe(`${ORIGIN}/functions.json`);
  });

  test('every resource id is unique and every reference resolves to a resource of the right kind', () => {
    const ids = [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()];
    expect(new Set(ids).size).toBe(ids.length);
    const referenced = new Set<string>();
    for (const e of all.filter((x) => x.attributes.resid !== undefined)) {
      const resid = e.attributes.resid!;
      referenced.add(resid);
      const kind = e.name === 'Image' ? images : e.name === 'Label' || e.name === 'Title' || e.name === 'Namespace' ? shortStrings : e.name === 'Description' ? longStrings : urls;
      expect([e.name, resid, kind.has(resid)]).toEqual([e.name, resid, true]);
    }
    expect(ids.filter((id) => !referenced.has(id))).toEqual([]);
    for (const s of shortStrings.values()) expect(s.attributes.DefaultValue!.length).toBeLessThanOrEqual(125);
    for (const s of longStrings.values()) expect(s.attributes.DefaultValue!.length).toBeLessThanOrEqual(250);
    expect(child(root, 'DisplayName')!.attributes.DefaultValue!.length).toBeLessThanOrEqual(125);
    expect(child(root, 'Description')!.attributes.DefaultValue!.length).toBeLessThanOrEqual(250);
  });

  test('every icon exists in assets/ at the size the manifest declares', () => {
    expect(pngSize(assetFile(child(root, 'IconUrl')!.attributes.DefaultValue!))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetFile(child(root, 'HighResolutionIconUrl')!.attributes.DefaultValue!))).toEqual({ width: 64, height: 64 });
    const uses = named('Image').filter((e) => e.attributes.size !== undefined);
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      const size = Number(use.attributes.size);
      const file = assetFile(images.get(use.attributes.resid!)!.attributes.DefaultValue!);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    for (const icon of named('Icon')) expect(childrenNamed(icon, 'Image').map((i) => i.attributes.size)).toEqual(['16', '32', '80']);
  });

  test('the LKjIP group: Hitung Ulang, Periksa and Buat E.81 run without the pane, one button opens it', () => {
    const desktop = named('DesktopFormFactor')[0]!;
    // Shared runtime: the ribbon's functions are bound in the task pane's page (SPEC §11).
    expect(child(desktop, 'FunctionFile')!.attributes.resid).toBe('Taskpane.Url');
    const groups = named('Group');
    expect(groups).toHaveLength(1);
    expect(shortStrings.get(child(groups[0]!, 'Label')!.attributes.resid!)!.attributes.DefaultValue).toBe('LKjIP');
    const controls = childrenNamed(groups[0]!, 'Control');
    const label = (c: XmlElement) => shortStrings.get(child(c, 'Label')!.attributes.resid!)!.attributes.DefaultValue;
    const action = (c: XmlElement) => child(c, 'Action')!;
    expect(controls.map((c) => [label(c), action(c).attributes['xsi:type']])).toEqual([
      ['Hitung Ulang', 'ExecuteFunction'],
      ['Periksa', 'ExecuteFunction'],
      ['Buat E.81', 'ExecuteFunction'],
      ['Panel LKjIP', 'ShowTaskpane'],
    ]);
    const functions = controls.filter((c) => action(c).attributes['xsi:type'] === 'ExecuteFunction').map((c) => child(action(c), 'FunctionName')!.text);
    expect(functions).toEqual([...RIBBON_FUNCTIONS]);
    const pane = action(controls[3]!);
    expect(child(pane, 'SourceLocation')!.attributes.resid).toBe('Taskpane.Url');
    const ids = named('Control').map((c) => c.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('one shared runtime (SharedRuntime 1.1) serves the task pane, the FunctionFile and the LKJIP custom functions', () => {
    const overrides = child(root, 'VersionOverrides')!;
    expect(overrides.children.map((c) => c.name)).toEqual(['Requirements', 'Hosts', 'Resources']);
    const sets = childrenNamed(child(child(overrides, 'Requirements')!, 'Sets')!, 'Set');
    expect(sets.map((s) => [s.attributes.Name, s.attributes.MinVersion])).toEqual([['SharedRuntime', '1.1']]);
    const host = child(child(overrides, 'Hosts')!, 'Host')!;
    expect(host.children.map((c) => c.name)).toEqual(['Runtimes', 'AllFormFactors', 'DesktopFormFactor']);
    const runtimes = childrenNamed(child(host, 'Runtimes')!, 'Runtime');
    expect(runtimes.map((r) => [r.attributes.resid, r.attributes.lifetime])).toEqual([['Taskpane.Url', 'long']]);
    const points = named('ExtensionPoint').filter((e) => e.attributes['xsi:type'] === 'CustomFunctions');
    expect(points).toHaveLength(1);
    const point = points[0]!;
    expect(point.children.map((c) => c.name)).toEqual(['Script', 'Page', 'Metadata', 'Namespace']);
    const source = (name: string) => child(child(point, name)!, 'SourceLocation')!.attributes.resid;
    expect([source('Script'), source('Page'), source('Metadata')]).toEqual(['Functions.Script.Url', 'Taskpane.Url', 'Functions.Metadata.Url']);
    expect(shortStrings.get(child(point, 'Namespace')!.attributes.resid!)!.attributes.DefaultValue).toBe('LKJIP');
    const pane = named('Action').find((a) => a.attributes['xsi:type'] === 'ShowTaskpane')!;
    expect(child(pane, 'SourceLocation')!.attributes.resid).toBe(runtimes[0]!.attributes.resid);
  });

  test("office-addin-manifest's own parser reads it (offline)", () => {
    const info = JSON.parse(
      nodeEval(
        "require('office-addin-manifest').OfficeAddinManifest.readManifestFile('manifest.xml')" +
          '.then((m) => process.stdout.write(JSON.stringify(m)), (e) => { console.error(e.message); process.exit(1); });',
      ),
    ) as Record<string, unknown>;
    expect(info).toMatchObject({
      id: STABLE_ID,
      officeAppType: 'TaskPaneApp',
      hosts: ['Workbook'],
      appDomains: [ORIGIN],
      permissions: 'ReadWriteDocument',
      manifestType: 'xml',
      defaultSettings: { sourceLocation: `${ORIGIN}/taskpane.html` },
    });
  });
});
