/**
 * Builds functions.zh-CN.json from the generated functions.json: Excel keeps one metadata
 * file per language, translating only names and descriptions (ids never change). The
 * Chinese text comes from each standard's declaration in src/grading (compiled to lib/).
 */
"use strict";

/** Returns the zh-CN metadata; throws when a function or parameter has no translation. */
function localizeFunctions(metadata, catalogue, extras) {
  const byId = new Map(catalogue.map((fn) => [fn.id, fn]));
  const functions = metadata.functions.map((entry) => {
    const fn = byId.get(entry.id);
    const extra = extras[entry.id];
    if (!fn && !extra) throw new Error(`no zh-CN text for function ${entry.id}`);
    const name = fn ? fn.name.zh : extra.name;
    const description = fn ? fn.description.zh : extra.description;
    const parameters = (entry.parameters || []).map((p, i) => {
      const declared = fn ? fn.params.find((q) => q.name === p.name) : undefined;
      const extraParam = extra && extra.parameters[p.name];
      if (!declared && !extraParam) throw new Error(`no zh-CN text for ${entry.id}(${p.name}) #${i}`);
      return {
        ...p,
        name: declared ? declared.label.zh : extraParam.name,
        description: declared ? declared.description.zh : extraParam.description,
      };
    });
    return { ...entry, name, description, parameters };
  });
  return { ...metadata, functions };
}

/** Functions that are not standards (EXPLAIN, STANDARDS) carry their Chinese text here. */
const extras = {
  EXPLAIN: {
    name: "等级说明",
    description: "用一句话说明评级结果：等级、起决定作用的条件、达到的标准和条款",
    parameters: {
      functionId: { name: "函数", description: "函数标识或中文名，如 \"INCIDENTLEVEL\" 或 \"事故等级\"" },
      args: { name: "参数", description: "与该函数相同的参数，顺序相同" },
    },
  },
  STANDARDS: {
    name: "标准列表",
    description: "列出 GradeKit 支持的全部标准：标识、名称、版本、出处和等级顺序",
    parameters: {},
  },
};

module.exports = { localizeFunctions, extras };
