// The floor bundle's app (../floor-bundle.ts): a trivial page that imports from react,
// react-dom/client, react-router-dom, zustand and zustand/middleware exactly the names the app's
// client code (src/, less the prerenderer's entry-server.tsx) imports, and uses each the way the
// app does, so the bundler keeps the same parts of each library. Nothing of the app is imported:
// the bundle is the libraries' share of the app's first view. tests/unit/size-floor-bundle.test.ts
// fails when src/ starts or stops importing a name; mirror the change here.
import {
  Component,
  createContext,
  Fragment,
  lazy,
  memo,
  StrictMode,
  Suspense,
  use,
  useCallback,
  useContext,
  useDeferredValue,
  useEffect,
  useEffectEvent,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import {
  BrowserRouter,
  Link,
  NavigationType,
  NavLink,
  Outlet,
  Route,
  Routes,
  useLocation,
  useNavigate,
  useNavigationType,
  useParams,
  useSearchParams,
} from 'react-router-dom';
import { create, createStore, useStore, type StoreApi } from 'zustand';
import { persist } from 'zustand/middleware';

// A store created per app and handed down by context, as the catalog's is (catalog-store.tsx).
type DataState = { items: readonly string[] };
const DataContext = createContext<StoreApi<DataState> | null>(null);

function DataProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => createStore<DataState>()(() => ({ items: ['one', 'two'] })));
  return <DataContext value={store}>{children}</DataContext>;
}

function useItems(): readonly string[] {
  const store = use(DataContext);
  if (store === null) throw new Error('no DataProvider');
  return useStore(store, (state) => state.items);
}

// A module-level store kept in localStorage, as the preferences and the reader's list are.
type Prefs = { theme: string; setTheme: (theme: string) => void };
const usePrefs = create<Prefs>()(
  persist((set) => ({ theme: 'system', setTheme: (theme) => set({ theme }) }), {
    name: 'floor',
    version: 1,
    partialize: ({ theme }) => ({ theme }),
    migrate: (stored) => stored as Prefs,
    merge: (stored, current) => ({ ...current, ...(stored as Partial<Prefs>) }),
  }),
);
const useTheme = () =>
  useSyncExternalStore(usePrefs.subscribe, () => usePrefs.getState().theme, () => 'system');

const QueryContext = createContext('');

const Item = memo(function Item({ name }: { name: string }) {
  return (
    <li>
      <Link to={`/items/${name}`}>{name}</Link> <Fragment>{useContext(QueryContext)}</Fragment>
    </li>
  );
});

function Home() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useDeferredValue(searchParams.get('q') ?? '');
  const items = useItems();
  const shown = useMemo(() => items.filter((item) => item.includes(query)), [items, query]);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const onChange = useCallback((value: string) => setSearchParams({ q: value }), [setSearchParams]);
  return (
    <QueryContext value={query}>
      <label htmlFor={id}>Search</label>
      <input id={id} ref={input} value={query} onChange={(event) => onChange(event.target.value)} />
      <ul>
        {shown.map((item) => (
          <Item key={item} name={item} />
        ))}
      </ul>
    </QueryContext>
  );
}

function ItemPage() {
  const { name = '' } = useParams();
  const navigate = useNavigate();
  return <button onClick={() => void navigate('/')}>{name}</button>;
}
// The app splits pages off with lazy(); here the page is already in, so no chunk is split off.
const LazyItemPage = lazy(() => Promise.resolve({ default: ItemPage }));

class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <p>Failed</p> : this.props.children;
  }
}

function Layout() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const theme = useTheme();
  const scrollUp = useEffectEvent(() => {
    if (navigationType !== NavigationType.Pop) window.scrollTo(0, 0);
  });
  useEffect(() => {
    scrollUp();
  }, [location.pathname]);
  // As the app's page-change focus does: before paint.
  useLayoutEffect(() => {
    document.querySelector<HTMLElement>('h1')?.focus();
  }, [location.pathname]);
  return (
    <div data-theme={theme}>
      <NavLink to="/">Home</NavLink>
      <ErrorBoundary>
        <Suspense fallback={<p>Loading</p>}>
          <Outlet />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
const app = (
  <StrictMode>
    <DataProvider>
      <BrowserRouter basename={import.meta.env.BASE_URL} useTransitions={false}>
        <Routes>
          <Route element={<Layout />}>
            <Route path="/" element={<Home />} />
            <Route path="/items/:name" element={<LazyItemPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </DataProvider>
  </StrictMode>
);
// Both, as the app hydrates a prerendered page and renders afresh otherwise (src/main.tsx).
if (root.hasChildNodes()) hydrateRoot(root, app);
else createRoot(root).render(app);
