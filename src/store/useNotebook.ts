import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { notebookStore, type NotebookState, type NotebookStore } from './notebookStore';

/** Which notebook store the cells below read; the app's own unless a test provides another. */
export const NotebookStoreContext = createContext<NotebookStore>(notebookStore);

/** Subscribes a component to the slice of the notebook state that `selector` picks. */
export function useNotebook<T>(selector: (state: NotebookState) => T): T {
  return useStore(useContext(NotebookStoreContext), selector);
}
