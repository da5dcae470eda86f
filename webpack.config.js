/* eslint-disable no-undef */
/**
 * One page (taskpane.html) hosts the task pane and the custom functions: the shared runtime.
 * The build also writes functions.json (from the JSDoc in src/functions/functions.ts), its
 * zh-CN translation, and the production and development manifests.
 */
const path = require("node:path");
const fs = require("node:fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DefinePlugin, sources } = require("webpack");
const { localizeFunctions } = require("./scripts/localize-functions");
const { productionManifest, devManifest, baseUrlSetting } = require("./scripts/manifests");

/** Writes functions.zh-CN.json next to functions.json (needs the compiled catalogue in lib/). */
class LocalizeFunctionsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizeFunctions", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizeFunctions", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const catalogueFile = path.resolve(__dirname, "lib/grading/catalogue.js");
          if (!fs.existsSync(catalogueFile)) {
            compilation.errors.push(new Error("lib/ is missing: run `npm run build:cli` first"));
            return;
          }
          delete require.cache[catalogueFile];
          delete require.cache[path.resolve(__dirname, "lib/functions/catalogue-extras.js")];
          const { catalogue } = require(catalogueFile);
          const { extraFunctions } = require(path.resolve(__dirname, "lib/functions/catalogue-extras.js"));
          const zh = localizeFunctions(
            JSON.parse(asset.source.source().toString()),
            catalogue,
            extraFunctions
          );
          compilation.emitAsset("functions.zh-CN.json", new sources.RawSource(JSON.stringify(zh, null, 2)));
        }
      );
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const config = {
    devtool: dev ? "source-map" : false,
    // Modern Office webviews only (WebView2, Safari/WKWebView, Edge/Chrome on the web); this
    // also keeps webpack's runtime from falling back to new Function("return this").
    target: ["web", "es2020"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: "tsconfig.json", onlyCompileBundledFiles: true, compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: dev } } } },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new LocalizeFunctionsPlugin(),
      // The task pane writes =GRADE.* formulas; a development build is sideloaded with
      // manifest.dev.xml, whose namespace is GRADEDEV.
      new DefinePlugin({ __GRADE_NAMESPACE__: JSON.stringify(dev ? "GRADEDEV" : "GRADE") }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => productionManifest(content.toString(), baseUrlSetting()) },
          { from: "manifest.xml", to: "manifest.dev.xml", transform: (content) => devManifest(content.toString()) },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      client: false,
      hot: false,
      liveReload: false,
      server: {
        type: "https",
        options:
          env.WEBPACK_BUILD || options.https !== undefined
            ? options.https
            : await require("office-addin-dev-certs").getHttpsServerOptions(),
      },
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
  return config;
};
