/**
 * The Chinese names and help of the custom functions that are not standards (EXPLAIN and
 * STANDARDS); the standards carry theirs in their declarations. Read by the build, which
 * writes functions.zh-CN.json, and by the CLI, which accepts the names in formulas.
 */
export interface ExtraFunctionText {
  readonly name: string;
  readonly description: string;
  readonly parameters: Readonly<Record<string, { name: string; description: string }>>;
}

export const extraFunctions: Readonly<Record<string, ExtraFunctionText>> = {
  EXPLAIN: {
    name: "等级说明",
    description: "用一句话说明评级结果：等级、起决定作用的条件、达到的标准和条款",
    parameters: {
      functionId: {
        name: "函数",
        description: '函数标识或中文名，如 "INCIDENTLEVEL" 或 "事故等级"',
      },
      args: { name: "参数", description: "与该函数相同的参数，顺序相同" },
    },
  },
  STANDARDS: {
    name: "标准列表",
    description: "列出 GradeKit 支持的全部标准：标识、名称、版本、出处和等级顺序",
    parameters: {},
  },
};
