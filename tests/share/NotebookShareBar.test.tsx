// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { array } from '../../src/engine';
import { defaultInputs } from '../../src/notebook/cells';
import { toJsonFile } from '../../src/share/jsonFile';
import { NotebookShareBar } from '../../src/share/NotebookShareBar';
import { startShareSession } from '../../src/share/session';
import { cellSnapshot } from '../../src/share/snapshot';
import { createHistory } from '../../src/store/history';
import { createNotebookStore } from '../../src/store/notebookStore';
import { NotebookStoreContext } from '../../src/store/useNotebook';
import { fakeWindow, memoryStorage } from '../store/fakes';

afterEach(cleanup);

function setup() {
  const store = createNotebookStore();
  const session = startShareSession({
    store,
    defaults: defaultInputs,
    storage: memoryStorage().storage,
    win: fakeWindow('').win,
  });
  const history = createHistory(store);
  const view = render(
    <NotebookStoreContext.Provider value={store}>
      <NotebookShareBar session={session} history={history} />
    </NotebookStoreContext.Provider>,
  );
  return { store, session, history, ...view };
}

describe('NotebookShareBar', () => {
  it('undo and redo buttons follow the history, and Ctrl+Z on the page undoes', async () => {
    const { store } = setup();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toBeDisabled();
    store.getState().setDout('relu', 'ones');
    await screen.findByRole('button', { name: 'Undo' });
    expect(undo).toBeEnabled();
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(store.getState().inputs.relu.dout).toBe(defaultInputs().relu.dout);
    await userEvent.click(screen.getByRole('button', { name: 'Redo' }));
    expect(store.getState().inputs.relu.dout).toBe('ones');
  });

  it('resets the whole notebook to the seed, as one undoable step', async () => {
    const { store, history } = setup();
    store.getState().setMatrix('relu', 'x', array([1]));
    store.getState().setDout('sigmoid', 'ones');
    const edited = store.getState().inputs;
    await userEvent.click(screen.getByRole('button', { name: 'Reset the notebook to the seed' }));
    expect(store.getState().inputs.relu.matrices.x.shape).toEqual([2, 2]);
    expect(store.getState().inputs.sigmoid.dout).toBe(defaultInputs().sigmoid.dout);
    history.undo();
    expect(store.getState().inputs).toBe(edited);
  });

  it('opens a snapshot file chosen in input[data-open-snapshot-file]', async () => {
    const { store, session, container } = setup();
    const d = defaultInputs();
    const file = toJsonFile(
      cellSnapshot({ ...d, relu: { ...d.relu, matrices: { ...d.relu.matrices, x: array([4]) } } }, 'relu'),
    );
    if (!file.ok) throw new Error(file.error.message);
    const input = container.querySelector<HTMLInputElement>('input[data-open-snapshot-file]')!;
    await userEvent.upload(input, new File([file.value], 'snap.json', { type: 'application/json' }));
    await expect.poll(() => store.getState().inputs.relu.matrices.x.data[0]).toBe(4);
    expect(session.state.getState().notice).toMatchObject({ kind: 'opened', source: 'file' });
  });
});
