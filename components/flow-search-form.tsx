/** A plain GET form: search runs on the server, so it works without JavaScript. */
export function FlowSearchForm({ query }: { query: string }) {
  return (
    <form
      role="search"
      action="/"
      method="get"
      className="flex flex-col gap-2 sm:flex-row sm:items-end"
    >
      <div className="flex-1">
        <label htmlFor="q" className="block font-medium">
          Search the guides by words or an error code
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={200}
          placeholder="for example AADSTS7000215, or Not authorized"
          className="focus-visible:border-accent focus-visible:outline-accent mt-1 w-full rounded-md border-2 border-slate-400 bg-white px-3 py-2 text-base focus-visible:outline-3 focus-visible:outline-offset-2"
        />
      </div>
      <button
        type="submit"
        className="bg-accent hover:bg-accent-strong focus-visible:outline-accent rounded-md px-5 py-2.5 font-semibold text-white focus-visible:outline-3 focus-visible:outline-offset-2"
      >
        Search
      </button>
    </form>
  );
}
