import Link from "next/link";

export default function Forbidden() {
  return (
    <main>
      <div className="card">
        <h1>Not allowed</h1>
        <p>Your role does not give access to this page.</p>
        <Link href="/">Back to the dashboard</Link>
      </div>
    </main>
  );
}
