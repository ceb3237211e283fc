// Inside the embedded list: tell the partner's page (embed.js) how tall the list is, so its iframe
// fits without a scroll bar. Only a height is sent; nothing else leaves the frame.
(function () {
  "use strict";
  if (window.parent === window) {
    return;
  }
  var last = 0;
  function report() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ synergiesEmbedHeight: height, href: window.location.href }, "*");
    }
  }
  window.addEventListener("load", report);
  window.addEventListener("resize", report);
  if (window.ResizeObserver) {
    new ResizeObserver(report).observe(document.documentElement);
  }
})();
