// office-addin-mock imports only this enum; the real package pulls an ESM-only dependency
// that Jest on Node 20 cannot load (see docs/development.md).
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
