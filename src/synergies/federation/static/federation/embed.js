// The Synergies events list on a partner's page. Put where the list goes:
//   <div data-synergies-events="https://SYNERGIES-HOST/embed/events/?instrument=minamata"
//        data-title="Coming Minamata Convention events"></div>
//   <script src="https://SYNERGIES-HOST/static/federation/embed.js" async></script>
// Each such element gets an iframe of that address, resized to its content (the list reports its
// height with postMessage; messages from other origins are ignored).
(function () {
  "use strict";
  var frames = [];
  function insert(element) {
    if (element.getAttribute("data-synergies-ready")) {
      return;
    }
    var src = element.getAttribute("data-synergies-events");
    var frame = document.createElement("iframe");
    frame.src = src;
    frame.title = element.getAttribute("data-title") || "Coming events";
    frame.loading = "lazy";
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    frame.style.width = "100%";
    frame.style.height = "20rem";
    frame.style.border = "0";
    element.appendChild(frame);
    element.setAttribute("data-synergies-ready", "1");
    frames.push({ frame: frame, origin: new URL(src, window.location.href).origin });
  }
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data.synergiesEmbedHeight !== "number") {
      return;
    }
    frames.forEach(function (item) {
      if (item.origin === event.origin && item.frame.contentWindow === event.source) {
        item.frame.style.height = Math.min(Math.max(data.synergiesEmbedHeight, 80), 5000) + "px";
      }
    });
  });
  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-synergies-events]"), insert);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
