/**
 * Issue requirement 5: the number of context.sync() calls for each operation does not grow
 * with the number of rows, and row data never travels through the pane. Every operation
 * runs at 100 and at 100,000 rows against a counting fake.
 */
import { applyColours } from "../../src/taskpane/excel/colour-rules";
import { writeGradeColumn } from "../../src/taskpane/excel/grade-column";
import { refreshAll } from "../../src/taskpane/excel/refresh-all";
import { summarise } from "../../src/taskpane/excel/summary-pivot";
import { convertToTable } from "../../src/taskpane/excel/table";
import { INCIDENT, inspect, plainIncidents, Setup } from "./data";

interface Cost {
  syncs: number;
  cellsRead: number;
}

async function cost(setup: Setup, step: () => Promise<unknown>): Promise<Cost> {
  const before = { syncs: setup.batch.syncs, cellsRead: setup.batch.cellsRead };
  await step();
  return {
    syncs: setup.batch.syncs - before.syncs,
    cellsRead: setup.batch.cellsRead - before.cellsRead,
  };
}

async function everyOperation(rows: number): Promise<Record<string, Cost>> {
  const setup = plainIncidents(rows);
  setup.book.names = "translated";
  const grades = `Sheet1!E2:E${rows + 1}`;
  const costs: Record<string, Cost> = {};
  const write = async (confirmed: boolean) => {
    const inspection = await inspect(setup);
    const mapping = inspection.mapping;
    return writeGradeColumn(setup.context, {
      inspection,
      mapping,
      fn: INCIDENT,
      ns: "GRADE",
      lang: "zh",
      confirmed,
    });
  };

  costs.inspect = await cost(setup, () => inspect(setup));
  costs.grade = await cost(setup, () => write(false));
  costs.regrade = await cost(setup, () => write(true));
  costs.colour = await cost(setup, () => applyColours(setup.context, grades, INCIDENT));
  costs.recolour = await cost(setup, () => applyColours(setup.context, grades, INCIDENT));
  costs.toTable = await cost(setup, async () =>
    convertToTable(setup.context, await inspect(setup), INCIDENT, "GRADE", "zh")
  );
  const summary = async () =>
    summarise(setup.context, {
      inspection: await inspect(setup),
      fn: INCIDENT,
      lang: "zh",
      split: null,
      confirmed: false,
    });
  costs.summarise = await cost(setup, summary);
  costs.resummarise = await cost(setup, summary);
  costs.refreshAll = await cost(setup, () => refreshAll(setup.context, () => true));
  return costs;
}

test("syncs and cells read are the same at 100 and 100,000 rows", async () => {
  const small = await everyOperation(100);
  const large = await everyOperation(100_000);
  expect(large).toEqual(small);

  // Reading is bounded by the header sample (values and formulas of six rows of at most six
  // columns) and the single cell read back after each write.
  for (const [operation, { cellsRead }] of Object.entries(large)) {
    expect({ operation, bounded: cellsRead <= 2 * 6 * 6 + 2 }).toEqual({
      operation,
      bounded: true,
    });
  }
  if (process.env.GRADEKIT_SHOW_COSTS) console.log(JSON.stringify(large));
  expect(small.inspect.syncs).toBe(3);
  expect(small.grade.syncs).toBe(5);
  expect(small.refreshAll.syncs).toBe(2);
}, 120_000);
