/*
 * Biomedical Clusters Atlas — resizes the atlas's chart frames on your page.
 * Include it once, after the frames:
 *   <script src="https://…/embed.js" async></script>
 * Each chart page in a frame posts { type: 'atlas:resize', id, height }.
 * This script finds the frame whose window sent the message (never trusting
 * the message to name it) and sets that frame's height; it uses nothing from
 * the message but a finite number within bounds.
 */
(function () {
  'use strict';
  if (window.atlasEmbedResizer) return;
  window.atlasEmbedResizer = true;
  var MAX_HEIGHT = 20000;

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) if (source && frames[i].contentWindow === source) return frames[i];
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'atlas:resize') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    var frame = frameOf(event.source);
    if (!frame) return;
    frame.style.height = Math.ceil(height) + 'px';
  });

  // Frames that reported before this script ran: ask them again. They answer only if they are atlas charts.
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    try {
      if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: 'atlas:request-height' }, '*');
    } catch (e) {
      // A frame that is gone or refuses messages: nothing to resize.
    }
  }
})();
