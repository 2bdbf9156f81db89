/** A form's refusal that belongs to no single field, already worded in the screen's language. */
export function FormAlert({ message, className = "text-sm text-red-600" }: { message?: string; className?: string }) {
  return message ? (
    <p role="alert" className={className}>
      {message}
    </p>
  ) : null;
}
