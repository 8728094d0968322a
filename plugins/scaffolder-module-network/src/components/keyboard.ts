import type { KeyboardEvent } from 'react';

/**
 * Enter in a text box submits the wizard step (implicit form submission), which would move on
 * before the developer meant to or before the live check answered. The field keeps Enter for
 * itself; `then` runs instead (e.g. check now). Moving on is the Next button's job.
 */
export function keepEnter(then?: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      then?.();
    }
  };
}

/**
 * Enter on a radio button or a checkbox submits the form too (implicit submission); the block
 * catches it in the capture phase, before react-aria's handlers could stop it bubbling.
 */
export function keepEnterOnChoices(event: KeyboardEvent) {
  const target = event.target as HTMLElement;
  if (
    event.key === 'Enter' &&
    target instanceof HTMLInputElement &&
    (target.type === 'radio' || target.type === 'checkbox')
  ) {
    event.preventDefault();
  }
}
