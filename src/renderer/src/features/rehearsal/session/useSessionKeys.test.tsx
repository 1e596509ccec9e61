import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useSessionKeys } from './useSessionKeys';

function Harness(props: { onSpace(): void; onNext(): void }) {
  useSessionKeys(props);
  return (
    <>
      <p>Question</p>
      <textarea aria-label="Notes" />
      <button type="button">Button</button>
    </>
  );
}

describe('useSessionKeys', () => {
  it('uses Space and N outside text fields, and leaves typing and buttons alone', () => {
    const onSpace = vi.fn();
    const onNext = vi.fn();
    const { getByText, getByLabelText } = render(<Harness onSpace={onSpace} onNext={onNext} />);
    fireEvent.keyDown(getByText('Question'), { key: ' ', code: 'Space' });
    fireEvent.keyDown(getByText('Question'), { key: 'n', code: 'KeyN' });
    expect(onSpace).toHaveBeenCalledTimes(1);
    expect(onNext).toHaveBeenCalledTimes(1);

    fireEvent.keyDown(getByLabelText('Notes'), { key: ' ', code: 'Space' });
    fireEvent.keyDown(getByLabelText('Notes'), { key: 'n', code: 'KeyN' });
    // On a button Space presses the button itself; N still moves on.
    fireEvent.keyDown(getByText('Button'), { key: ' ', code: 'Space' });
    fireEvent.keyDown(getByText('Button'), { key: 'N', code: 'KeyN' });
    // Shortcuts with modifiers belong to the system and the app's navigation.
    fireEvent.keyDown(getByText('Question'), { key: 'n', code: 'KeyN', ctrlKey: true });
    expect(onSpace).toHaveBeenCalledTimes(1);
    expect(onNext).toHaveBeenCalledTimes(2);
  });
});
