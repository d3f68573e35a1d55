import { lazy } from 'react';

// The editor's Markdown rendering (react-markdown, remark-gfm: most of its weight) loads beside the
// textarea rather than before it, and starts with the route's prefetch: the route's own JS stays in
// its budget (DESIGN "Performance"), as the record form does (decision 51).

/** Starts loading the live preview's code; resolves to its module. Throws nothing the caller sees. */
export const loadPreview = () => import('./policy-preview');
/** Starts loading the conflict view's code (it renders both bodies). */
export const loadConflictDialog = () => import('./editor-conflict-dialog');

/** `PolicyPreview`, loaded on first use (or earlier, by `loadPreview`). */
export const LazyPolicyPreview = lazy(() =>
  loadPreview().then((module) => ({ default: module.PolicyPreview })),
);
/** `EditorConflictDialog`, loaded on first use (or earlier, by `loadConflictDialog`). */
export const LazyEditorConflictDialog = lazy(() =>
  loadConflictDialog().then((module) => ({ default: module.EditorConflictDialog })),
);
