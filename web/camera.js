// The workshop board's camera (issue 24): reads participants' QR codes with
// the trainer's camera, in the page, with no server. The editor loads this
// file only when the camera is started (scripts/viewer.sh copies it into the
// build as camera-<hash>.js, and the page's loader exposes it as
// `window.qunceCamera`). It uses the browser's BarcodeDetector where that
// reads QR codes, and otherwise the qunce-scan decoder (crates/scan),
// fetched on first use. The names below are filled in by scripts/viewer.sh.
const SCAN_JS = './__SCAN_JS__';
const SCAN_WASM = './__SCAN_WASM__';

/** Why the camera cannot be used, as one word the editor turns into a message. */
function reason(e) {
  const name = e && e.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'refused';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'absent';
  return 'failed';
}

/**
 * Starts the camera into `video` and calls `onText(text)` for each QR code
 * read (every 200 ms while one is in view), `onReady()` once it is reading,
 * or `onError(why)` once ('refused', 'absent', 'failed', 'decoder').
 * Returns a function that stops the camera.
 */
export function start(video, onText, onError, onReady) {
  let stopped = false;
  let stream = null;
  let timer = 0;
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    if (stream) stream.getTracks().forEach((t) => t.stop());
    video.srcObject = null;
  };
  const fail = (why) => {
    if (!stopped) {
      stop();
      onError(why);
    }
  };
  const run = async () => {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return fail('absent');
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment', width: { ideal: 1280 } }, audio: false });
    } catch (e) {
      return fail(reason(e));
    }
    if (stopped) {
      stream.getTracks().forEach((t) => t.stop());
      return;
    }
    video.muted = true;
    video.setAttribute('playsinline', '');
    video.srcObject = stream;
    try {
      await video.play();
    } catch (e) {
      return fail('failed');
    }
    let read = null;
    if (typeof BarcodeDetector !== 'undefined') {
      try {
        if ((await BarcodeDetector.getSupportedFormats()).includes('qr_code')) {
          const detector = new BarcodeDetector({ formats: ['qr_code'] });
          read = async () => {
            const found = await detector.detect(video);
            return found.length ? found[0].rawValue : null;
          };
        }
      } catch (e) {
        read = null;
      }
    }
    if (!read) {
      let scan;
      try {
        scan = await import(SCAN_JS);
        await scan.default({ module_or_path: SCAN_WASM });
      } catch (e) {
        return fail('decoder');
      }
      const canvas = document.createElement('canvas');
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      read = async () => {
        const w = video.videoWidth;
        const h = video.videoHeight;
        if (!w || !h) return null;
        // At most 960 px on the long side: enough for a phone held up to
        // a laptop, and a frame read in a few milliseconds.
        const scale = Math.min(1, 960 / Math.max(w, h));
        canvas.width = Math.round(w * scale);
        canvas.height = Math.round(h * scale);
        ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
        const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
        return scan.decode(new Uint8Array(img.data.buffer), canvas.width, canvas.height) ?? null;
      };
    }
    if (stopped) return;
    onReady();
    const tick = async () => {
      if (stopped) return;
      let text = null;
      try {
        text = await read();
      } catch (e) {
        text = null;
      }
      if (stopped) return;
      if (text) onText(text);
      timer = setTimeout(tick, 200);
    };
    tick();
  };
  run();
  return stop;
}
