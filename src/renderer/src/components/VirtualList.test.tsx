import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VirtualList } from './VirtualList';

const ROW_HEIGHT = 40;
const COUNT = 1_000;

/**
 * jsdom has no layout: give each drawn row a height, and let the scroll box really scroll (store the offset and
 * say so), so the list draws the rows a scroll brings into view as a browser would.
 */
function fakeLayout() {
  const offsetHeight = vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function rowHeight(
    this: HTMLElement,
  ) {
    return this.dataset.index === undefined ? 0 : ROW_HEIGHT;
  });
  // The whole list's height, so a scroll to its end is not cut short (jsdom says 0 for everything).
  const scrollHeight = vi.spyOn(Element.prototype, 'scrollHeight', 'get').mockReturnValue(COUNT * 2 * ROW_HEIGHT);
  const scrollTo = vi.spyOn(Element.prototype, 'scrollTo').mockImplementation(function scroll(
    this: Element,
    options?: ScrollToOptions | number,
  ) {
    const top = typeof options === 'object' ? (options.top ?? 0) : 0;
    this.scrollTop = top;
    this.dispatchEvent(new Event('scroll'));
  });
  return () => {
    offsetHeight.mockRestore();
    scrollHeight.mockRestore();
    scrollTo.mockRestore();
  };
}

function Rows() {
  return (
    <>
      <h2 id="rows-heading">Rows</h2>
      <VirtualList
        count={COUNT}
        labelledBy="rows-heading"
        estimateSize={ROW_HEIGHT}
        getKey={(index) => `row-${index}`}
        renderItem={(index) => <button type="button">Open row {index + 1}</button>}
      />
    </>
  );
}

describe('VirtualList', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = fakeLayout();
  });
  afterEach(() => restore());

  it('draws only the rows in view, each saying its place in the whole list', () => {
    render(<Rows />);
    const list = screen.getByRole('list', { name: 'Rows' });
    const rows = screen.getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]).toHaveAttribute('aria-posinset', '1');
    expect(rows[0]).toHaveAttribute('aria-setsize', String(COUNT));
    expect(list).toContainElement(screen.getByRole('button', { name: 'Open row 1' }));
    expect(screen.queryByRole('button', { name: `Open row ${COUNT}` })).toBeNull();
  });

  it('moves focus row by row with the arrow keys, and to either end with Home and End', async () => {
    const user = userEvent.setup();
    render(<Rows />);
    await user.click(screen.getByRole('button', { name: 'Open row 1' }));

    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Open row 2' })).toHaveFocus());
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Open row 3' })).toHaveFocus());
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Open row 2' })).toHaveFocus());

    // The last row is not in the page until the list scrolls to it; End brings it in and focuses it.
    await act(() => user.keyboard('{End}'));
    await waitFor(() => expect(screen.getByRole('button', { name: `Open row ${COUNT}` })).toHaveFocus());
    expect(screen.getByRole('button', { name: `Open row ${COUNT}` }).closest('[role="listitem"]')).toHaveAttribute(
      'aria-posinset',
      String(COUNT),
    );
    expect(screen.queryByRole('button', { name: 'Open row 1' })).toBeNull();

    await act(() => user.keyboard('{Home}'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Open row 1' })).toHaveFocus());
    // ArrowUp on the first row stays there rather than leaving the list.
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Open row 1' })).toHaveFocus());
  });

  it('leaves the arrow keys to a text field inside a row', async () => {
    const user = userEvent.setup();
    render(
      <>
        <h2 id="fields-heading">Fields</h2>
        <VirtualList
          count={20}
          labelledBy="fields-heading"
          estimateSize={ROW_HEIGHT}
          getKey={(index) => index}
          renderItem={(index) => <input aria-label={`Note ${index + 1}`} defaultValue="ab" />}
        />
      </>,
    );
    const note = screen.getByRole('textbox', { name: 'Note 1' });
    await user.click(note);
    await user.keyboard('{ArrowDown}');
    expect(note).toHaveFocus();
  });
});
