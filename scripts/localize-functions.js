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

module.exports = { localizeFunctions };
