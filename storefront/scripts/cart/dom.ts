/** An element the page is built with; missing means the markup and the script drifted apart. */
export function part<T extends HTMLElement = HTMLElement>(scope: ParentNode, name: string): T {
  const el = scope.querySelector<T>(`[data-part="${name}"]`);
  if (!el) throw new Error(`Page part "${name}" is missing`);
  return el;
}

/** A copy of a `<template data-template=name>`'s first element. */
export function fromTemplate(name: string): HTMLElement {
  const template = document.querySelector<HTMLTemplateElement>(`template[data-template="${name}"]`);
  const el = template?.content.firstElementChild?.cloneNode(true);
  if (!(el instanceof HTMLElement)) throw new Error(`Template "${name}" is missing`);
  return el;
}

export function slot<T extends HTMLElement = HTMLElement>(scope: ParentNode, name: string): T {
  const el = scope.querySelector<T>(`[data-slot="${name}"]`);
  if (!el) throw new Error(`Template slot "${name}" is missing`);
  return el;
}

/** The page's words, put on its root by the Astro component as JSON. */
export function pageText<T>(root: HTMLElement): T {
  return JSON.parse(root.dataset["text"] ?? "{}") as T;
}

/** Fills "{total}"-style marks in a sentence. */
export function fill(sentence: string, values: Record<string, string>): string {
  return sentence.replace(/\{(\w+)\}/g, (mark, key: string) => values[key] ?? mark);
}
