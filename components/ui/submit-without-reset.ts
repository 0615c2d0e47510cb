import { startTransition, type FormEvent } from "react";

/**
 * React resets a form after its action settles, which would wipe what the person typed when the
 * answer is a field error. Submitting through onSubmit keeps the values; without JavaScript the
 * form's `action` still works.
 */
export function submitWithoutReset(action: (formData: FormData) => void, before?: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    before?.(formData);
    startTransition(() => action(formData));
  };
}
