/** An input that cannot be checked; its message is the one-line reason shown to the user. */
export class MalformedInputError extends Error {}
