/*
 * A strict in-memory fake of the Office.js Excel API subset the add-in uses, backed by an exceljs Workbook
 * (the proxy, load and sync model:
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model).
 * Strict where real Excel is strict:
 *  - proxies queue commands that run only at context.sync(); reading a property that was not loaded and
 *    synced throws PropertyNotLoaded; a proxy used after its Excel.run ended throws InvalidObjectPath;
 *  - missing sheets/notes → ItemNotFound at sync; 2-D shape mismatch → InvalidArgument at sync;
 *  - a request over the payload limit (5 MB on the web) → RequestPayloadSizeLimitExceeded and nothing is applied;
 *    a read of more cells than the limit, or a response over the payload limit → ResponsePayloadSizeLimitExceeded;
 *  - worksheet.onChanged fires after our own value writes, asynchronously, with triggerSource 'ThisLocalAddin';
 *    userEdit() fires it with 'Unknown' like a person typing.
 * It has no formula engine: a formula cell reads as exceljs's cached result ('' and counted when none).
 * exceljs is only a type import here so the same file runs in the browser bundle (browser-fake.ts).
 */
import type ExcelJS from 'exceljs';
import { cellA1, colLetters, parseLocal, qualified, regionA1, splitSheet, type Region } from './fake-excel-address';

export interface FakeExcelOptions {
  payloadLimitBytes?: number;
  readCellLimit?: number;
  /** Requirement sets the fake host claims (for Office.context.requirements stubs): highest ExcelApi minor. */
  excelApiMinor?: number;
}

export interface FakeStats {
  /** Syncs that carried at least one command. */
  roundTrips: number;
  syncs: number;
  writes: number;
  calcSuspends: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  cellsRead: number;
  eventsFired: number;
  uncalculatedFormulaReads: number;
}

export interface ChangedEvent {
  type: 'WorksheetChanged';
  address: string;
  worksheetId: string;
  changeType: 'RangeEdited';
  source: 'Local';
  triggerSource: 'ThisLocalAddin' | 'Unknown';
  details?: { valueBefore: unknown; valueAfter: unknown };
}

export class FakeOfficeError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

type Handler = (e: ChangedEvent) => unknown;
interface Op {
  bytes: number;
  run: () => void;
  /** Sheet + region of a value write (fires onChanged). */
  changed?: { sheet: string; region: Region };
  write?: boolean;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const enc = new TextEncoder();
const sizeOf = (x: unknown) => 40 + enc.encode(JSON.stringify(x ?? null)).length;

export function createFakeExcel(workbook: ExcelJS.Workbook, options: FakeExcelOptions = {}) {
  const payloadLimit = options.payloadLimitBytes ?? 5 * 1024 * 1024;
  const readCellLimit = options.readCellLimit ?? 5_000_000;
  const stats: FakeStats = {
    roundTrips: 0,
    syncs: 0,
    writes: 0,
    calcSuspends: 0,
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    cellsRead: 0,
    eventsFired: 0,
    uncalculatedFormulaReads: 0,
  };
  const handlers = new Map<string, Set<Handler>>();
  const pending = new Set<Promise<unknown>>();
  const created: string[] = [];
  const charts: { sheet: string; type: string; source: string; title?: string }[] = [];
  /** Worksheet-scoped defined names (NamedItem, ExcelApi 1.4): sheet → name → reference. */
  const names = new Map<string, Map<string, string>>();
  const state = { selection: '' as string, activeSheet: workbook.worksheets[0]?.name ?? '', hangSyncs: 0 };

  const sheetOf = (name: string): ExcelJS.Worksheet => {
    const ws = workbook.getWorksheet(name);
    if (!ws) throw new FakeOfficeError('ItemNotFound', `The worksheet '${name}' does not exist.`);
    return ws;
  };

  // ---- cell value mapping (exceljs ⇄ Office.js) ----
  function officeValue(v: ExcelJS.CellValue): unknown {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
    if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86_400_000;
    const o = v as unknown as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) {
      if (o.result === undefined || o.result === null) {
        stats.uncalculatedFormulaReads++;
        return '';
      }
      return typeof o.result === 'object' && o.result && 'error' in (o.result as object)
        ? (o.result as { error: string }).error
        : officeValue(o.result as ExcelJS.CellValue);
    }
    if ('richText' in o) return (o.richText as { text: string }[]).map((r) => r.text).join('');
    if ('error' in o) return String(o.error);
    if ('text' in o) return String(o.text);
    return '';
  }
  /**
   * A cell as Range.values gives it. exceljs's `cell.value` drops a formula's cached result when it is
   * falsy (0, false, ''), so formula cells are read through `cell.result`, as core's cellValue does.
   */
  function officeCellValue(c: ExcelJS.Cell): unknown {
    if (c.type === 6 /* ValueType.Formula */) {
      const result = (c as unknown as { result: ExcelJS.CellValue | undefined }).result;
      return officeValue({ ...(c.value as ExcelJS.CellFormulaValue), result } as ExcelJS.CellValue);
    }
    return officeValue(c.value);
  }
  function officeFormula(v: ExcelJS.CellValue): unknown {
    const o = v as unknown as Record<string, unknown> | null;
    if (o && typeof o === 'object' && typeof o.formula === 'string') return `=${o.formula}`;
    if (o && typeof o === 'object' && typeof o.sharedFormula === 'string') return `=${o.sharedFormula}`;
    return officeValue(v);
  }
  /** What Excel stores when `values` is assigned: '=…' becomes a formula unless the cell is text-formatted; a leading apostrophe forces text. */
  function storeValue(cell: ExcelJS.Cell, x: unknown, asFormula: boolean): void {
    const textFormat = cell.numFmt === '@';
    if (x === null || x === undefined || x === '') cell.value = null;
    else if (typeof x === 'string' && !textFormat && x.startsWith("'")) cell.value = x.slice(1);
    else if (typeof x === 'string' && !textFormat && x.startsWith('=') && x.length > 1)
      cell.value = { formula: x.slice(1) } as ExcelJS.CellFormulaValue;
    else if (typeof x === 'string' && !textFormat && !asFormula && x.trim() !== '' && Number.isFinite(Number(x)))
      cell.value = Number(x);
    else if (typeof x === 'number' || typeof x === 'string' || typeof x === 'boolean') cell.value = x;
    else throw new FakeOfficeError('InvalidArgument', `Unsupported cell value ${JSON.stringify(x)}.`);
  }

  function usedRegion(ws: ExcelJS.Worksheet, valuesOnly: boolean): Region | null {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    ws.eachRow({ includeEmpty: false }, (row, rn) => {
      row.eachCell({ includeEmpty: !valuesOnly }, (cell, cn) => {
        if (valuesOnly && (cell.value === null || cell.value === undefined || cell.value === '')) return;
        if (!valuesOnly && cell.value === null && !cell.style) return;
        r0 = Math.min(r0, rn - 1);
        r1 = Math.max(r1, rn - 1);
        c0 = Math.min(c0, cn - 1);
        c1 = Math.max(c1, cn - 1);
      });
    });
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }

  class Ctx {
    queue: Op[] = [];
    alive = true;
    readonly workbook: WorkbookP;
    readonly application: { suspendApiCalculationUntilNextSync(): void };
    constructor() {
      this.workbook = new WorkbookP(this);
      this.application = this.workbook.application;
    }
    push(op: Op) {
      if (!this.alive)
        throw new FakeOfficeError(
          'InvalidObjectPath',
          'The object path is not valid: the Excel.run batch it belonged to has ended.',
        );
      this.queue.push(op);
    }
    async sync(): Promise<void> {
      if (!this.alive)
        throw new FakeOfficeError('InvalidObjectPath', 'context.sync() after the Excel.run batch ended.');
      stats.syncs++;
      const ops = this.queue;
      this.queue = [];
      if (!ops.length) return;
      stats.roundTrips++;
      if (state.hangSyncs > 0) {
        state.hangSyncs--;
        return new Promise<void>(() => undefined); // Excel on the web sometimes never answers.
      }
      const bytes = ops.reduce((n, o) => n + o.bytes, 0);
      stats.maxRequestBytes = Math.max(stats.maxRequestBytes, bytes);
      if (bytes > payloadLimit)
        throw new FakeOfficeError(
          'RequestPayloadSizeLimitExceeded',
          `The request payload size (${bytes} bytes) has exceeded the limit (${payloadLimit}).`,
        );
      responseBytes = 0;
      const changed: NonNullable<Op['changed']>[] = [];
      await Promise.resolve();
      for (const op of ops) {
        op.run();
        if (op.write) stats.writes++;
        if (op.changed) changed.push(op.changed);
      }
      stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
      if (responseBytes > payloadLimit)
        throw new FakeOfficeError(
          'ResponsePayloadSizeLimitExceeded',
          `The response payload size (${responseBytes} bytes) has exceeded the limit.`,
        );
      for (const c of changed) fire(c.sheet, regionA1(c.region), 'ThisLocalAddin');
    }
    trackedObjects = { add() {}, remove() {} };
  }
  let responseBytes = 0;

  function fire(
    sheet: string,
    address: string,
    triggerSource: ChangedEvent['triggerSource'],
    details?: ChangedEvent['details'],
  ) {
    const hs = handlers.get(sheet);
    if (!hs?.size) return;
    for (const h of [...hs]) {
      const p = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
        stats.eventsFired++;
        return h({
          type: 'WorksheetChanged',
          address,
          worksheetId: sheet,
          changeType: 'RangeEdited',
          source: 'Local',
          triggerSource,
          ...(details ? { details } : {}),
        });
      });
      const tracked = p.catch(() => undefined).finally(() => pending.delete(tracked));
      pending.add(tracked);
    }
  }

  /** Base proxy: load() queues a read; properties throw until loaded and synced. */
  class Obj {
    protected loaded = new Map<string, unknown>();
    constructor(readonly context: Ctx) {}
    protected children(): Record<string, Obj> {
      return {};
    }
    protected read(prop: string): unknown {
      throw new FakeOfficeError(
        'InvalidArgument',
        `The fake does not know property '${prop}' of ${this.constructor.name}.`,
      );
    }
    load(props?: string | string[] | Record<string, unknown>): this {
      const list =
        typeof props === 'string'
          ? props.split(',').map((s) => s.trim())
          : Array.isArray(props)
            ? props
            : props
              ? Object.keys(props)
              : [];
      if (!list.length)
        throw new FakeOfficeError('InvalidArgument', 'The add-in should load named properties, never a bare load().');
      for (const p of list) {
        const [head, ...rest] = p.split('/');
        const child = this.children()[head!];
        if (child && rest.length) child.load(rest.join('/'));
        else this.context.push({ bytes: sizeOf(p), run: () => this.loaded.set(head!, this.read(head!)) });
      }
      return this;
    }
    protected get<T>(prop: string): T {
      if (!this.context.alive)
        throw new FakeOfficeError('InvalidObjectPath', `'${prop}' read after the Excel.run batch ended.`);
      if (!this.loaded.has(prop))
        throw new FakeOfficeError(
          'PropertyNotLoaded',
          `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()".`,
        );
      return this.loaded.get(prop) as T;
    }
    get isNullObject(): boolean {
      return this.get('isNullObject');
    }
    untrack() {
      return this;
    }
  }

  class WorkbookP extends Obj {
    readonly worksheets = new WorksheetsP(this.context);
    readonly notes = new NotesP(this.context);
    readonly application = {
      suspendApiCalculationUntilNextSync: () =>
        this.context.push({ bytes: sizeOf('suspend'), run: () => void stats.calcSuspends++ }),
    };
  }

  class WorksheetsP extends Obj {
    private itemsList: SheetP[] | null = null;
    getItem(name: string) {
      return new SheetP(this.context, () => name, false);
    }
    getItemOrNullObject(name: string) {
      return new SheetP(this.context, () => name, true);
    }
    getActiveWorksheet() {
      return new SheetP(this.context, () => state.activeSheet, false);
    }
    add(name: string) {
      this.context.push({
        bytes: sizeOf(name),
        write: true,
        run: () => {
          if (workbook.getWorksheet(name))
            throw new FakeOfficeError('ItemAlreadyExists', `A worksheet named '${name}' already exists.`);
          workbook.addWorksheet(name);
        },
      });
      return new SheetP(this.context, () => name, false);
    }
    override load(props?: string | string[] | Record<string, unknown>): this {
      const list = typeof props === 'string' ? [props] : Array.isArray(props) ? props : [];
      if (!list.some((p) => p === 'items/name' || p === 'name' || p === 'items')) return super.load(props);
      this.context.push({
        bytes: sizeOf(props),
        run: () => {
          this.itemsList = workbook.worksheets.map((ws) => {
            const s = new SheetP(this.context, () => ws.name, false);
            s.setLoaded('name', ws.name);
            return s;
          });
          responseBytes += sizeOf(this.itemsList.length * 20);
        },
      });
      return this;
    }
    get items(): SheetP[] {
      if (!this.itemsList)
        throw new FakeOfficeError(
          'PropertyNotLoaded',
          "The property 'items' is not available; load('items/name') and sync first.",
        );
      return this.itemsList;
    }
  }

  class SheetP extends Obj {
    constructor(
      ctx: Ctx,
      readonly nameRef: () => string,
      readonly nullable: boolean,
    ) {
      super(ctx);
    }
    private protectionP?: ProtectionP;
    get protection(): ProtectionP {
      return (this.protectionP ??= new ProtectionP(this.context, this));
    }
    protected override children(): Record<string, Obj> {
      return { protection: this.protection };
    }
    setLoaded(prop: string, v: unknown) {
      this.loaded.set(prop, v);
    }
    resolve() {
      return sheetOf(this.nameRef());
    }
    protected override read(prop: string) {
      if (prop === 'isNullObject') return !workbook.getWorksheet(this.nameRef());
      if (this.nullable && !workbook.getWorksheet(this.nameRef())) return undefined;
      const ws = this.resolve();
      if (prop === 'name') return ws.name;
      if (prop === 'position') return workbook.worksheets.indexOf(ws);
      return super.read(prop);
    }
    get name(): string {
      return this.get('name');
    }
    getRange(address?: string) {
      const local = address ? splitSheet(address).local : '';
      return new RangeP(
        this.context,
        this,
        () => {
          if (!address) return usedRegion(this.resolve(), false) ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
          const r = parseLocal(local);
          if (!r) throw new FakeOfficeError('InvalidArgument', `The fake cannot parse range address '${address}'.`);
          return r;
        },
        false,
      );
    }
    getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
      if (rows < 1 || cols < 1)
        throw new FakeOfficeError('InvalidArgument', 'getRangeByIndexes needs at least one row and column.');
      return new RangeP(
        this.context,
        this,
        () => ({ r0: row, c0: col, r1: row + rows - 1, c1: col + cols - 1 }),
        false,
      );
    }
    getUsedRange(valuesOnly = false) {
      return new RangeP(
        this.context,
        this,
        () => usedRegion(this.resolve(), valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
        false,
      );
    }
    getUsedRangeOrNullObject(valuesOnly = false) {
      return new RangeP(this.context, this, () => usedRegion(this.resolve(), valuesOnly), true);
    }
    activate() {
      this.context.push({
        bytes: sizeOf('activate'),
        run: () => {
          state.activeSheet = this.resolve().name;
        },
      });
    }
    readonly onChanged = {
      add: (h: Handler) => {
        const ctx = this.context;
        ctx.push({
          bytes: sizeOf('onChanged'),
          run: () => {
            const name = this.resolve().name;
            if (!handlers.has(name)) handlers.set(name, new Set());
            handlers.get(name)!.add(h);
          },
        });
        return {
          context: ctx,
          remove: () => ctx.push({ bytes: sizeOf('remove'), run: () => void handlers.get(this.nameRef())?.delete(h) }),
        };
      },
    };
    /** Worksheet-scoped names (ExcelApi 1.4): add and getItemOrNullObject. */
    readonly names = {
      add: (name: string, reference: RangeP | string) => {
        this.context.push({
          bytes: sizeOf(name),
          write: true,
          run: () => {
            const sheet = this.resolve().name;
            if (!names.has(sheet)) names.set(sheet, new Map());
            const ref = typeof reference === 'string' ? reference : qualified(sheet, reference.region());
            if (names.get(sheet)!.has(name))
              throw new FakeOfficeError('ItemAlreadyExists', `The name '${name}' already exists.`);
            names.get(sheet)!.set(name, ref);
          },
        });
      },
      getItemOrNullObject: (name: string) => {
        const item = new (class extends Obj {
          protected override read(prop: string) {
            if (prop === 'isNullObject') return !names.get(sheetName())?.has(name);
            return super.read(prop);
          }
        })(this.context);
        const sheetName = () => this.resolve().name;
        return item;
      },
    };
    /** Page layout (ExcelApi 1.9), kept in exceljs's pageSetup so a test can read it back. */
    readonly pageLayout = (() => {
      const ws = () => this.resolve();
      const push = (v: unknown, run: () => void) => this.context.push({ bytes: sizeOf(v), write: true, run });
      const rangeText = (r: RangeP | string) => (typeof r === 'string' ? r : regionA1(r.region()));
      return {
        set orientation(v: 'Portrait' | 'Landscape') {
          push(v, () => void (ws().pageSetup.orientation = v.toLowerCase() as 'portrait' | 'landscape'));
        },
        set paperSize(v: string) {
          push(v, () => void (ws().pageSetup.paperSize = v === 'A4' ? 9 : undefined));
        },
        set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
          push(v, () => {
            const p = ws().pageSetup;
            p.fitToPage = v.horizontalFitToPages !== undefined;
            if (v.horizontalFitToPages !== undefined) p.fitToWidth = v.horizontalFitToPages;
            if (v.verticalFitToPages !== undefined) p.fitToHeight = v.verticalFitToPages;
          });
        },
        setPrintArea: (r: RangeP | string) => push('area', () => void (ws().pageSetup.printArea = rangeText(r))),
        setPrintTitleRows: (r: RangeP | string) =>
          push('titles', () => void (ws().pageSetup.printTitlesRow = rangeText(r).replace(/[A-Z]+/g, ''))),
      };
    })();
    readonly charts = {
      add: (type: string, source: RangeP, _seriesBy?: string) => {
        const chart = { sheet: '', type, source: '', title: undefined as string | undefined };
        this.context.push({
          bytes: sizeOf(type),
          write: true,
          run: () => {
            chart.sheet = this.resolve().name;
            chart.source = regionA1(source.region());
            charts.push(chart);
          },
        });
        const api = {
          title: {} as { text?: string },
          setPosition: (_a: string, _b?: string) => this.context.push({ bytes: sizeOf('pos'), run: () => undefined }),
        };
        Object.defineProperty(api.title, 'text', {
          set: (v: string) =>
            this.context.push({
              bytes: sizeOf(v),
              run: () => {
                chart.title = v;
              },
            }),
        });
        return api;
      },
    };
  }

  /** Worksheet protection as exceljs read it (sheetProtection.formatCells/objects true = allowed). */
  const protectionOf = (ws: ExcelJS.Worksheet) =>
    (ws as unknown as { sheetProtection?: { sheet?: boolean; formatCells?: boolean; objects?: boolean } })
      .sheetProtection;
  const guardFormat = (ws: ExcelJS.Worksheet, what: 'formatCells' | 'objects') => {
    const p = protectionOf(ws);
    if (p?.sheet && !p[what])
      throw new FakeOfficeError('AccessDenied', `The cell you're trying to change is on protected sheet '${ws.name}'.`);
  };
  class ProtectionOptionsP extends Obj {
    constructor(
      ctx: Ctx,
      readonly sheet: SheetP,
    ) {
      super(ctx);
    }
    protected override read(prop: string) {
      const p = protectionOf(this.sheet.resolve());
      if (prop === 'allowFormatCells') return !p?.sheet || !!p.formatCells;
      if (prop === 'allowEditObjects') return !p?.sheet || !!p.objects;
      return super.read(prop);
    }
    get allowFormatCells(): boolean {
      return this.get('allowFormatCells');
    }
    get allowEditObjects(): boolean {
      return this.get('allowEditObjects');
    }
  }
  class ProtectionP extends Obj {
    readonly options: ProtectionOptionsP;
    constructor(
      ctx: Ctx,
      readonly sheet: SheetP,
    ) {
      super(ctx);
      this.options = new ProtectionOptionsP(ctx, sheet);
    }
    protected override children() {
      return { options: this.options };
    }
    protected override read(prop: string) {
      if (prop === 'protected') return !!protectionOf(this.sheet.resolve())?.sheet;
      return super.read(prop);
    }
    get protected(): boolean {
      return this.get('protected');
    }
  }

  class FillP extends Obj {
    constructor(
      ctx: Ctx,
      readonly range: RangeP,
    ) {
      super(ctx);
    }
    protected override read(prop: string) {
      if (prop !== 'color') return super.read(prop);
      const colors = new Set<string>();
      this.range.eachCell((c) => {
        const argb = (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
        colors.add(
          c.fill && (c.fill as ExcelJS.FillPattern).pattern === 'solid' && argb
            ? `#${argb.slice(-6).toUpperCase()}`
            : '#FFFFFF',
        );
      });
      return colors.size === 1 ? [...colors][0] : null;
    }
    get color(): string | null {
      return this.get('color');
    }
    set color(v: string | null) {
      this.context.push({
        bytes: sizeOf(v),
        write: true,
        run: () => guardFormat(this.range.sheet.resolve(), 'formatCells'),
      });
      this.context.push({
        bytes: 0,
        write: false,
        run: () =>
          this.range.eachCell((c) => {
            c.fill = {
              type: 'pattern',
              pattern: 'solid',
              fgColor: { argb: `FF${String(v).replace('#', '').toUpperCase()}` },
            };
          }),
      });
    }
    clear() {
      this.context.push({
        bytes: sizeOf('clear'),
        write: true,
        run: () => {
          guardFormat(this.range.sheet.resolve(), 'formatCells');
          this.range.eachCell((c) => {
            c.fill = { type: 'pattern', pattern: 'none' };
          });
        },
      });
    }
  }
  class FontP extends Obj {
    constructor(
      ctx: Ctx,
      readonly range: RangeP,
    ) {
      super(ctx);
    }
    private put(v: unknown, font: (c: ExcelJS.Cell) => Partial<ExcelJS.Font>) {
      this.context.push({
        bytes: sizeOf(v),
        write: true,
        run: () =>
          this.range.eachCell((c) => {
            c.font = { ...(c.font ?? {}), ...font(c) };
          }),
      });
    }
    set bold(v: boolean) {
      this.put(v, () => ({ bold: v }));
    }
    set size(v: number) {
      this.put(v, () => ({ size: v }));
    }
    set color(v: string) {
      this.put(v, () => ({ color: { argb: `FF${String(v).replace('#', '').toUpperCase()}` } }));
    }
  }
  class FormatP extends Obj {
    readonly fill: FillP;
    readonly font: FontP;
    constructor(
      ctx: Ctx,
      readonly range: RangeP,
    ) {
      super(ctx);
      this.fill = new FillP(ctx, range);
      this.font = new FontP(ctx, range);
    }
    protected override children() {
      return { fill: this.fill, font: this.font };
    }
    private align(v: unknown, a: Partial<ExcelJS.Alignment>) {
      this.context.push({
        bytes: sizeOf(v),
        write: true,
        run: () =>
          this.range.eachCell((c) => {
            c.alignment = { ...(c.alignment ?? {}), ...a };
          }),
      });
    }
    set horizontalAlignment(v: 'Left' | 'Right' | 'Center' | 'General') {
      this.align(v, { horizontal: v.toLowerCase() as ExcelJS.Alignment['horizontal'] });
    }
    set verticalAlignment(v: 'Top' | 'Center' | 'Bottom') {
      this.align(v, { vertical: (v === 'Center' ? 'middle' : v.toLowerCase()) as ExcelJS.Alignment['vertical'] });
    }
    set wrapText(v: boolean) {
      this.align(v, { wrapText: v });
    }
    /** Points, as Office.js takes them; stored in exceljs's character units (7 px per character + 5 px padding). */
    set columnWidth(v: number) {
      this.context.push({
        bytes: sizeOf(v),
        write: true,
        run: () => {
          const r = this.range.region();
          const ws = this.range.sheet.resolve();
          for (let c = r.c0; c <= r.c1; c++) ws.getColumn(c + 1).width = Math.round(((v / 0.75 - 5) / 7) * 100) / 100;
        },
      });
    }
    set rowHeight(v: number) {
      this.context.push({
        bytes: sizeOf(v),
        write: true,
        run: () => {
          const r = this.range.region();
          const ws = this.range.sheet.resolve();
          for (let i = r.r0; i <= r.r1; i++) ws.getRow(i + 1).height = v;
        },
      });
    }
    autofitColumns() {
      this.context.push({ bytes: sizeOf('autofit'), run: () => undefined });
    }
  }

  class RangeP extends Obj {
    readonly format: FormatP;
    constructor(
      ctx: Ctx,
      readonly sheet: SheetP,
      private regionRef: () => Region | null,
      readonly nullable: boolean,
    ) {
      super(ctx);
      this.format = new FormatP(ctx, this);
    }
    protected override children() {
      return { format: this.format };
    }
    region(): Region {
      const r = this.regionRef();
      if (!r) throw new FakeOfficeError('ItemNotFound', 'The range does not exist (empty used range).');
      return r;
    }
    eachCell(fn: (c: ExcelJS.Cell) => void) {
      const ws = this.sheet.resolve();
      const r = this.region();
      for (let i = r.r0; i <= r.r1; i++) for (let j = r.c0; j <= r.c1; j++) fn(ws.getCell(i + 1, j + 1));
    }
    private grid(map: (c: ExcelJS.Cell) => unknown): unknown[][] {
      const ws = this.sheet.resolve();
      const r = this.region();
      const n = (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
      if (n > readCellLimit)
        throw new FakeOfficeError(
          'ResponsePayloadSizeLimitExceeded',
          `Reading ${n} cells exceeds the ${readCellLimit}-cell limit.`,
        );
      stats.cellsRead += n;
      const out: unknown[][] = [];
      for (let i = r.r0; i <= r.r1; i++) {
        const row: unknown[] = [];
        const xr = ws.findRow(i + 1);
        for (let j = r.c0; j <= r.c1; j++)
          row.push(xr ? map(xr.getCell(j + 1)) : map({ value: null, numFmt: undefined } as unknown as ExcelJS.Cell));
        out.push(row);
      }
      responseBytes += sizeOf(out);
      return out;
    }
    protected override read(prop: string) {
      if (prop === 'isNullObject')
        return (
          this.nullable &&
          (() => {
            try {
              return !this.sheet.resolve() || this.regionRef() === null;
            } catch {
              return true;
            }
          })()
        );
      if (this.nullable && this.regionRef() === null) return undefined;
      const r = this.region();
      switch (prop) {
        case 'address':
          return qualified(this.sheet.resolve().name, r);
        case 'rowCount':
          return r.r1 - r.r0 + 1;
        case 'columnCount':
          return r.c1 - r.c0 + 1;
        case 'rowIndex':
          return r.r0;
        case 'columnIndex':
          return r.c0;
        case 'values':
          return this.grid(officeCellValue);
        case 'formulas':
          return this.grid((c) => officeFormula(c.value));
        case 'numberFormat':
          return this.grid((c) => c.numFmt ?? 'General');
        default:
          return super.read(prop);
      }
    }
    get address(): string {
      return this.get('address');
    }
    get rowCount(): number {
      return this.get('rowCount');
    }
    get columnCount(): number {
      return this.get('columnCount');
    }
    get rowIndex(): number {
      return this.get('rowIndex');
    }
    get columnIndex(): number {
      return this.get('columnIndex');
    }
    get values(): unknown[][] {
      return this.get('values');
    }
    set values(v: unknown) {
      this.assign(v, (c, x) => storeValue(c, x, false), true);
    }
    get formulas(): unknown[][] {
      return this.get('formulas');
    }
    set formulas(v: unknown) {
      this.assign(v, (c, x) => storeValue(c, x, true), true);
    }
    get numberFormat(): unknown[][] {
      return this.get('numberFormat');
    }
    set numberFormat(v: unknown) {
      this.assign(
        v,
        (c, x) => {
          c.numFmt = String(x);
        },
        false,
      );
    }

    /** A 2-D array must match the range; a scalar is broadcast (as Office.js does). */
    private assign(v: unknown, put: (c: ExcelJS.Cell, x: unknown) => void, isValue: boolean) {
      const op: Op = {
        bytes: sizeOf(v),
        write: true,
        run: () => {
          const ws = this.sheet.resolve();
          const r = this.region();
          const rows = r.r1 - r.r0 + 1,
            cols = r.c1 - r.c0 + 1;
          if (Array.isArray(v) && (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols))) {
            throw new FakeOfficeError(
              'InvalidArgument',
              `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
            );
          }
          for (let i = 0; i < rows; i++)
            for (let j = 0; j < cols; j++)
              put(ws.getCell(r.r0 + i + 1, r.c0 + j + 1), Array.isArray(v) ? (v[i] as unknown[])[j] : v);
          if (isValue) op.changed = { sheet: ws.name, region: r };
        },
      };
      this.context.push(op);
    }
    /** clear('Formats'): number format, font, fill and alignment back to the defaults (values stay). */
    clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All') {
      this.context.push({
        bytes: sizeOf(applyTo),
        write: true,
        run: () =>
          this.eachCell((c) => {
            if (applyTo !== 'Contents') {
              c.numFmt = 'General';
              c.font = {};
              c.fill = { type: 'pattern', pattern: 'none' };
              c.alignment = {};
            }
            if (applyTo !== 'Formats') c.value = null;
          }),
      });
    }
    merge(_across = false) {
      this.context.push({
        bytes: sizeOf('merge'),
        write: true,
        run: () => this.sheet.resolve().mergeCells(regionA1(this.region())),
      });
    }
    unmerge() {
      this.context.push({
        bytes: sizeOf('unmerge'),
        write: true,
        run: () => {
          const ws = this.sheet.resolve();
          const r = this.region();
          // exceljs unmerges a range by any of its cells: each merged cell inside the region.
          for (let i = r.r0; i <= r.r1; i++)
            for (let j = r.c0; j <= r.c1; j++) if (ws.getCell(i + 1, j + 1).isMerged) ws.unMergeCells(cellA1(i, j));
        },
      });
    }
    select() {
      this.context.push({
        bytes: sizeOf('select'),
        run: () => {
          state.selection = qualified(this.sheet.resolve().name, this.region());
          state.activeSheet = this.sheet.resolve().name;
        },
      });
    }
  }

  class NoteP extends Obj {
    constructor(
      ctx: Ctx,
      readonly address: string,
      readonly nullable: boolean,
    ) {
      super(ctx);
    }
    private cell(): ExcelJS.Cell | null {
      const { sheet, local } = splitSheet(this.address);
      const ws = workbook.getWorksheet(sheet ?? state.activeSheet);
      const r = parseLocal(local);
      if (!ws || !r) return null;
      const c = ws.getCell(r.r0 + 1, r.c0 + 1);
      return c.note ? c : null;
    }
    protected override read(prop: string) {
      if (prop === 'isNullObject') return this.cell() === null;
      const c = this.cell();
      if (!c) return undefined;
      if (prop === 'content')
        return typeof c.note === 'string'
          ? c.note
          : ((c.note as ExcelJS.Comment).texts?.map((x) => x.text).join('') ?? '');
      return super.read(prop);
    }
    get content(): string {
      return this.get('content');
    }
    delete() {
      this.context.push({
        bytes: sizeOf('delete'),
        write: true,
        run: () => {
          const c = this.cell();
          if (!c) {
            if (this.nullable) return; // methods on a null object are ignored
            throw new FakeOfficeError('ItemNotFound', `No note at ${this.address}.`);
          }
          c.note = undefined as unknown as string;
        },
      });
    }
  }
  class NotesP extends Obj {
    add(cellAddress: string, content: string) {
      this.context.push({
        bytes: sizeOf([cellAddress, content]),
        write: true,
        run: () => {
          const { sheet, local } = splitSheet(cellAddress);
          const r = parseLocal(local);
          if (!sheet || !r || r.r0 !== r.r1 || r.c0 !== r.c1)
            throw new FakeOfficeError('InvalidCellAddress', `'${cellAddress}' is not a single, sheet-qualified cell.`);
          guardFormat(sheetOf(sheet), 'objects');
          const c = sheetOf(sheet).getCell(r.r0 + 1, r.c0 + 1);
          if (c.note) throw new FakeOfficeError('InvalidArgument', `A note already exists at ${cellAddress}.`);
          c.note = String(content);
        },
      });
      return new NoteP(this.context, cellAddress, false);
    }
    getItem(address: string) {
      return new NoteP(this.context, address, false);
    }
    getItemOrNullObject(address: string) {
      return new NoteP(this.context, address, true);
    }
  }

  async function run<T>(a: Ctx | ((ctx: Ctx) => Promise<T>), b?: (ctx: Ctx) => Promise<T>): Promise<T> {
    const revived = a instanceof Ctx;
    const ctx = revived ? a : new Ctx();
    const fn = (revived ? b : a) as (ctx: Ctx) => Promise<T>;
    ctx.alive = true;
    try {
      const out = await fn(ctx);
      await ctx.sync(); // the implicit final sync of Excel.run
      return out;
    } finally {
      ctx.alive = false;
    }
  }

  return {
    Excel: {
      run,
      RequestContext: Ctx,
      /** Records the bytes; a test can open them with exceljs. */
      createWorkbook: async (base64?: string) => void created.push(base64 ?? ''),
    },
    stats,
    workbook,
    charts,
    names,
    created,
    state,
    /** The highest ExcelApi 1.x minor this fake claims (for the Office.context.requirements stub). */
    excelApiMinor: options.excelApiMinor ?? 18,
    /** A person typing into cells: applied at once, then onChanged fires with triggerSource 'Unknown'. */
    userEdit(sheet: string, address: string, values: unknown[][] | unknown) {
      const ws = sheetOf(sheet);
      const r = parseLocal(address);
      if (!r) throw new Error(`bad address ${address}`);
      const grid = Array.isArray(values) ? (values as unknown[][]) : [[values]];
      const single = r.r0 === r.r1 && r.c0 === r.c1;
      const before = single ? officeCellValue(ws.getCell(r.r0 + 1, r.c0 + 1)) : undefined;
      for (let i = r.r0; i <= r.r1; i++)
        for (let j = r.c0; j <= r.c1; j++)
          storeValue(ws.getCell(i + 1, j + 1), grid[i - r.r0]?.[j - r.c0] ?? '', false);
      fire(
        ws.name,
        regionA1(r),
        'Unknown',
        single ? { valueBefore: before, valueAfter: officeCellValue(ws.getCell(r.r0 + 1, r.c0 + 1)) } : undefined,
      );
    },
    /** Fire onChanged for a sheet as Excel would for a change made elsewhere (e.g. by this add-in in another batch). */
    emit(sheet: string, address: string, triggerSource: ChangedEvent['triggerSource']) {
      fire(sheet, address, triggerSource);
    },
    /** Raw cell read for assertions (Office.js view of one cell). */
    cell(sheet: string, address: string) {
      const r = parseLocal(address)!;
      const c = sheetOf(sheet).getCell(r.r0 + 1, r.c0 + 1);
      const fill = c.fill as ExcelJS.FillPattern | undefined;
      return {
        value: officeCellValue(c),
        raw: c.value,
        numFmt: c.numFmt ?? 'General',
        note:
          typeof c.note === 'string'
            ? c.note
            : c.note
              ? (c.note as ExcelJS.Comment).texts?.map((x) => x.text).join('')
              : undefined,
        fill: fill?.pattern === 'solid' ? `#${fill.fgColor?.argb?.slice(-6)}` : undefined,
      };
    },
    /** Next n syncs never answer (Excel on the web hanging). */
    hangSyncs(n = 1) {
      state.hangSyncs = n;
    },
    /** Like reloading the task pane: every registered handler is gone. */
    reloadRuntime() {
      handlers.clear();
    },
    handlerCount: () => [...handlers.values()].reduce((n, s) => n + s.size, 0),
    /** Resolves once every queued event handler has run (repeats while new ones appear). */
    async settle() {
      while (pending.size) await Promise.all([...pending]);
    },
    resetStats() {
      for (const k of Object.keys(stats) as (keyof FakeStats)[]) stats[k] = 0;
    },
    colLetters,
    cellA1,
  };
}

export type FakeExcel = ReturnType<typeof createFakeExcel>;
