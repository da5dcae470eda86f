/**
 * The add-in manifests. manifest.xml in the repository is the production manifest with its
 * default base URL; the build writes dist/manifest.xml with the base URL from the build
 * setting (GRADEKIT_BASE_URL or npm config base_url) and dist/manifest.dev.xml for
 * sideloading from https://localhost:3000 with its own Id and the GRADEDEV namespace, so a
 * development copy never clashes with an installed production one.
 */
"use strict";

const DEFAULT_BASE_URL = "https://addin.gradekit.cn/";
const DEV_BASE_URL = "https://localhost:3000/";
const PRODUCTION_ID = "6f0c3a52-9d7e-4b1a-8c41-2e5b7d9a0f13";
const DEV_ID = "b2d94e17-5c3a-4f8e-9a06-71c8e3f5d2a4";

function withTrailingSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

function productionManifest(xml, baseUrl = DEFAULT_BASE_URL) {
  const base = withTrailingSlash(baseUrl);
  if (!base.startsWith("https://")) throw new Error(`the add-in base URL must be https: ${baseUrl}`);
  if (/localhost|127\.0\.0\.1/.test(base)) throw new Error(`a production base URL cannot be local: ${baseUrl}`);
  return xml.split(DEFAULT_BASE_URL).join(base);
}

function devManifest(xml) {
  return xml
    .split(DEFAULT_BASE_URL)
    .join(DEV_BASE_URL)
    .replace(`<Id>${PRODUCTION_ID}</Id>`, `<Id>${DEV_ID}</Id>`)
    .replace('<bt:String id="Functions.Namespace" DefaultValue="GRADE"/>', '<bt:String id="Functions.Namespace" DefaultValue="GRADEDEV"/>')
    .replace('<DisplayName DefaultValue="GradeKit">', '<DisplayName DefaultValue="GradeKit (dev)">');
}

function baseUrlSetting(env = process.env) {
  return env.GRADEKIT_BASE_URL || env.npm_package_config_base_url || DEFAULT_BASE_URL;
}

module.exports = { productionManifest, devManifest, baseUrlSetting, DEFAULT_BASE_URL, DEV_BASE_URL, PRODUCTION_ID, DEV_ID };
