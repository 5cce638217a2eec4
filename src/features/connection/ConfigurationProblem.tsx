interface ConfigurationProblemProps {
  title: string;
  problems: string[];
}

/** Shown instead of the console when it cannot start, with every reason at once. */
export function ConfigurationProblem({ title, problems }: ConfigurationProblemProps) {
  return (
    <main className="app">
      <h1>KQL Console</h1>
      <section role="alert" className="panel failure">
        <h2>{title}</h2>
        <ul>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </section>
    </main>
  );
}
