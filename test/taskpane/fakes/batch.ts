/**
 * The request/sync model of Office.js, for the hand-written fakes: load() only asks for
 * properties, context.sync() delivers them, and reading a property that was not loaded and
 * synced throws PropertyNotLoaded as the real API does. Operations Excel would reject fail
 * the next sync. The batch counts syncs and the cells whose contents were read, so tests can
 * show that neither grows with the number of rows.
 */

export class Batch {
  syncs = 0;
  /** Cells whose values or formulas were delivered by a sync. */
  cellsRead = 0;
  private pending = new Set<Loadable>();
  private errors: Error[] = [];

  request(obj: Loadable): void {
    this.pending.add(obj);
  }

  /** Makes the next sync fail, as Excel fails a batch holding an invalid operation. */
  fail(message: string): void {
    this.errors.push(new Error(message));
  }

  async sync(): Promise<void> {
    this.syncs++;
    const pending = [...this.pending];
    this.pending.clear();
    const errors = this.errors;
    this.errors = [];
    for (const obj of pending) {
      const problem = obj.beforeDeliver();
      if (problem) errors.push(new Error(problem));
    }
    if (errors.length > 0) throw errors[0];
    for (const obj of pending) obj.deliver(this);
  }
}

export type LoadArg = string | string[] | { select?: string; expand?: string } | undefined;

export function propertyList(arg: LoadArg): string[] {
  if (arg === undefined) return [];
  const text =
    typeof arg === "string" ? arg : Array.isArray(arg) ? arg.join(",") : (arg.select ?? "");
  return text
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** A client object: properties become readable after load() and a sync. */
export abstract class Loadable {
  private requested = new Set<string>();
  private ready = new Set<string>();
  private synced = false;

  constructor(protected readonly batch: Batch) {
    // *OrNullObject results and fresh objects can be tested after any sync.
    batch.request(this);
  }

  load(arg?: LoadArg): this {
    for (const prop of propertyList(arg)) {
      const slash = prop.indexOf("/");
      if (slash >= 0) this.loadPath(prop.slice(0, slash), prop.slice(slash + 1));
      else {
        if (!this.loadable().includes(prop))
          throw new Error(`InvalidArgument: cannot load ${prop}`);
        this.requested.add(prop);
      }
    }
    this.batch.request(this);
    return this;
  }

  /** Scalar properties load() accepts. */
  protected abstract loadable(): readonly string[];

  /** Loads through a navigation property ("items/name", "format/fill/color"). */
  protected loadPath(head: string, rest: string): void {
    throw new Error(`InvalidArgument: ${this.constructor.name} has no navigation ${head}/${rest}`);
  }

  /** A reason the sync must fail because of this object, or null. */
  beforeDeliver(): string | null {
    return null;
  }

  deliver(batch: Batch): void {
    this.synced = true;
    for (const prop of this.requested) {
      this.ready.add(prop);
      this.onDelivered(prop, batch);
    }
    this.requested.clear();
  }

  protected onDelivered(_prop: string, _batch: Batch): void {}

  protected read<T>(prop: string, value: () => T): T {
    if (!this.ready.has(prop)) {
      throw new Error(`PropertyNotLoaded: ${this.constructor.name}.${prop}`);
    }
    return value();
  }

  /** isNullObject is readable after the first sync that followed the object's creation. */
  protected nullCheck(isNull: boolean): boolean {
    if (!this.synced) throw new Error(`PropertyNotLoaded: ${this.constructor.name}.isNullObject`);
    return isNull;
  }
}

/** OfficeExtension.ClientResult: value readable after a sync. */
export class FakeClientResult<T> extends Loadable {
  private delivered = false;
  constructor(
    batch: Batch,
    private readonly compute: () => T
  ) {
    super(batch);
  }
  protected loadable(): readonly string[] {
    return [];
  }
  deliver(batch: Batch): void {
    super.deliver(batch);
    this.delivered = true;
  }
  get value(): T {
    if (!this.delivered) throw new Error("PropertyNotLoaded: ClientResult.value");
    return this.compute();
  }
}
