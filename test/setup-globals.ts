// The custom-functions runtime Excel provides, for tests that run the add-in's own code.
import { installCustomFunctionsRuntime } from "../src/functions/node-runtime";

installCustomFunctionsRuntime();
