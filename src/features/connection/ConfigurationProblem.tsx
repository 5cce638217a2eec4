import { hasConnectionOverrides, saveConnectionOverrides } from '../../auth/connectionOverrides';

interface ConfigurationProblemProps {
  title: string;
  problems: string[];
}

/**
 * Shown instead of the console when it cannot start, with every reason at once. When sign-in settings saved in this
 * browser are part of the configuration, the analyst can drop them here, since Settings is out of reach.
 */
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
      {hasConnectionOverrides() && (
        <p>
          This browser holds sign-in settings saved in Settings, applied over the deployment's config.json.{' '}
          <button
            type="button"
            onClick={() => {
              saveConnectionOverrides({});
              window.location.reload();
            }}
          >
            Forget them and reload
          </button>
        </p>
      )}
    </main>
  );
}
