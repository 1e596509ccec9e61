import { Box, Switch } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useLayoutEffect, useRef, useState, type RefObject, type SyntheticEvent } from 'react';
import { measureSheetFit, type FitReport } from '../../../../shared/features/message-sheet/fit';
import { PX_PER_MM } from '../../../../shared/features/message-sheet/paper';

export interface FitResult {
  /** The document that was measured; a result for older HTML is ignored. */
  html: string;
  /** Null when the sheet could not be measured (nothing laid out). */
  report: FitReport | null;
}

/** Room around the page inside the frame (the template adds a grey margin on screen). */
const FRAME_GUTTER_PX = 24;

interface SheetFrameProps {
  html: string;
  widthMm: number;
  heightMm: number;
  /** Adds `allow-modals` so the parent may call print() on the frame (browser print fallback). */
  printable: boolean;
  frameRef: RefObject<HTMLIFrameElement | null>;
  onMeasured(result: FitResult): void;
}

/**
 * The sheet exactly as it will print, in a sandboxed frame: `allow-same-origin` so the page can measure the
 * laid-out document, never `allow-scripts` (the document also forbids scripts in its own CSP). The page is
 * drawn at its real size and scaled down to the column.
 */
export function SheetFrame({ html, widthMm, heightMm, printable, frameRef, onMeasured }: SheetFrameProps) {
  const { ref: boxRef, width: boxWidth } = useElementSize();
  const naturalWidth = Math.ceil(widthMm * PX_PER_MM) + 2 * FRAME_GUTTER_PX;
  const [height, setHeight] = useState(() => Math.ceil(heightMm * PX_PER_MM) + 2 * FRAME_GUTTER_PX);
  const latest = useRef(html);
  useLayoutEffect(() => {
    latest.current = html;
  }, [html]);

  const onLoad = async (event: SyntheticEvent<HTMLIFrameElement>) => {
    const frame = event.currentTarget;
    const doc = frame.contentDocument;
    if (!doc) return;
    const measuredHtml = latest.current;
    try {
      // Measure with the real fonts: a fallback font has other widths and would give a wrong answer.
      await doc.fonts?.ready;
    } catch {
      // Measure with what is there.
    }
    if (latest.current !== measuredHtml || frame.contentDocument !== doc) return;
    const report = measureSheetFit(doc);
    const contentHeight = doc.documentElement?.scrollHeight ?? 0;
    if (contentHeight > 0) setHeight(contentHeight);
    onMeasured({ html: measuredHtml, report: report.sheets.length > 0 ? report : null });
  };

  const [fullSize, setFullSize] = useState(false);
  const scale = fullSize || boxWidth <= 0 ? 1 : Math.min(1, boxWidth / naturalWidth);
  return (
    <>
      <Switch
        label="Show the page at full size"
        description="Easier to read; scroll sideways to see all of it."
        checked={fullSize}
        onChange={(event) => setFullSize(event.currentTarget.checked)}
      />
      <Box
        ref={boxRef}
        w="100%"
        style={{ height: Math.ceil(height * scale), overflowX: fullSize ? 'auto' : 'hidden', overflowY: 'hidden' }}
      >
        <iframe
          ref={frameRef}
          // A new frame when the sandbox changes: flags only apply to the next document.
          key={printable ? 'printable' : 'preview'}
          title="Preview of the message sheet"
          sandbox={printable ? 'allow-same-origin allow-modals' : 'allow-same-origin'}
          srcDoc={html}
          onLoad={(event) => void onLoad(event)}
          style={{
            display: 'block',
            border: 0,
            width: naturalWidth,
            height,
            transform: `scale(${scale})`,
            transformOrigin: 'top left',
            background: '#dde1e6',
          }}
        />
      </Box>
    </>
  );
}
