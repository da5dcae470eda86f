/*
 * Stands in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js when the task
 * pane is opened in a plain browser: Office.onReady answers with no host, as the real
 * library does outside Office, and CustomFunctions.associate does nothing. The display
 * language is the browser's (the test sets it per page through the browser locale).
 */
(function () {
  var info = { host: null, platform: null };
  window.Office = {
    HostType: { Excel: "Excel" },
    context: {
      displayLanguage: navigator.language,
      requirements: {
        isSetSupported: function () {
          return false;
        },
      },
    },
    onReady: function (callback) {
      if (callback)
        setTimeout(function () {
          callback(info);
        }, 0);
      return Promise.resolve(info);
    },
  };
  window.CustomFunctions = { associate: function () {} };
})();
