//! `compile-fuzz`: generates seeded random specs, checks that the Rust specgen generates for each
//! (server and client) compiles with warnings denied, and shrinks every failure to a small spec
//! under `fuzz/compile-findings/`. See fuzz/FUZZING.md.

use std::path::PathBuf;
use std::process::ExitCode;

use specgen_tests::compile_fuzz::run::{self, Options};

const USAGE: &str = "usage: compile-fuzz [--seed S] [--count N] [--out DIR] [--findings DIR] [--keep-going]
                    [--jobs J] [--clippy] [--no-shrink] [--max-rounds R] [--batch B] [--census] [--timeout T] [--dry-run]
       compile-fuzz --recheck FILE|DIR... [--jobs J] [--clippy] [--out DIR]
       compile-fuzz --pick-fixture [--seed S] [--count N] [--jobs J]

  --seed S         the run's seed (default: the CI seed, {CI_SEED}); spec i depends only on S and i
  --count N        specs to generate (default {CI_COUNT})
  --out DIR        scratch space: the run's specs and the workspace that checks them
                   (default target/compile-fuzz; its target/ is reused by later runs)
  --findings DIR   where shrunk failures go (default fuzz/compile-findings)
  --keep-going     check every spec and shrink every failure class (default: stop after the
                   first batch with a failure and shrink its first class)
  --jobs J         threads for generation, crates checked in parallel (default: the cores, at most 8)
  --clippy         cargo clippy instead of cargo check (clippy's warnings denied too)
  --no-shrink      report failures without shrinking them
  --max-rounds R   shrinking rounds at most (default 80)
  --batch B        specs per cargo check (default 400)
  --census         print how many specs have each construct
  --dry-run        write the specs (to DIR/specs) and stop: no generation, no check
  --timeout T      seconds one generation may take before it counts as a hang (default 20)
  --recheck ...    check these spec files (folders: every file in them) and say which still fail
  --pick-fixture   print a fixture that compiles today: of the run's specs that compile, the one
                   with the most constructs, shrunk while it compiles and keeps all of them

Exit status: 0 no failure, 1 a failure (each printed with its shrunk spec), 2 a usage or tool error.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // The child process that generates one spec (see `check::generate_isolated`).
    if let [flag, spec, out] = args.as_slice()
        && flag == "--worker"
    {
        return match specgen_tests::compile_fuzz::check::worker(spec.as_ref(), out.as_ref()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("compile-fuzz worker: {e}");
                ExitCode::from(2)
            }
        };
    }
    match parse(&args) {
        Ok(Command::Help) => {
            println!("{}", usage());
            ExitCode::SUCCESS
        }
        Ok(Command::Run(opts)) => fuzz(&opts),
        Ok(Command::PickFixture(opts)) => match run::pick_fixture(&opts) {
            Ok((text, features)) => {
                println!("# The features it keeps: {}\n{text}", features.join(", "));
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("compile-fuzz: {e}");
                ExitCode::from(2)
            }
        },
        Ok(Command::Recheck(opts, files)) => recheck(&opts, &files),
        Err(e) => {
            eprintln!("compile-fuzz: {e}\n\n{}", usage());
            ExitCode::from(2)
        }
    }
}

fn usage() -> String {
    USAGE
        .replace("{CI_SEED}", &run::CI_SEED.to_string())
        .replace("{CI_COUNT}", &run::CI_COUNT.to_string())
}

enum Command {
    Help,
    PickFixture(Options),
    Run(Options),
    Recheck(Options, Vec<PathBuf>),
}

fn parse(args: &[String]) -> Result<Command, String> {
    let mut opts = Options::new(run::CI_SEED, run::CI_COUNT);
    opts.isolate = Some(std::env::current_exe().map_err(|e| format!("cannot find this program: {e}"))?);
    let mut recheck: Option<Vec<PathBuf>> = None;
    let mut pick_fixture = false;
    let mut it = args.iter().peekable();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| format!("{name} needs a value"));
        let number = |name: &str, v: String| v.parse::<u64>().map_err(|_| format!("{name}: `{v}` is not a number"));
        match arg.as_str() {
            "--seed" => opts.seed = number("--seed", value("--seed")?)?,
            "--count" => opts.count = number("--count", value("--count")?)?,
            "--out" => opts.out = value("--out")?.into(),
            "--findings" => opts.findings = value("--findings")?.into(),
            "--keep-going" => opts.keep_going = true,
            "--jobs" => opts.jobs = number("--jobs", value("--jobs")?)?.clamp(1, 64) as usize,
            "--clippy" => opts.clippy = true,
            "--no-shrink" => opts.shrink = false,
            "--max-rounds" => opts.max_rounds = number("--max-rounds", value("--max-rounds")?)? as usize,
            "--batch" => opts.batch = number("--batch", value("--batch")?)?.max(1),
            "--census" => opts.census = true,
            "--dry-run" => opts.dry_run = true,
            "--pick-fixture" => pick_fixture = true,
            "--timeout" => opts.timeout = number("--timeout", value("--timeout")?)?.max(1),
            "--recheck" => {
                let files = recheck.get_or_insert_with(Vec::new);
                while let Some(file) = it.next_if(|a| !a.starts_with("--")) {
                    files.push(PathBuf::from(file));
                }
            }
            "-h" | "--help" => return Ok(Command::Help),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    match recheck {
        Some(paths) if paths.is_empty() => Err("--recheck needs files or folders".into()),
        Some(paths) => {
            let mut files = Vec::new();
            for p in paths {
                if p.is_dir() {
                    files.extend(specgen_tests::files_below(&p));
                } else {
                    files.push(p);
                }
            }
            Ok(Command::Recheck(opts, files))
        }
        None if pick_fixture => Ok(Command::PickFixture(opts)),
        None => Ok(Command::Run(opts)),
    }
}

fn fuzz(opts: &Options) -> ExitCode {
    let report = match run::run(opts) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("compile-fuzz: {e}");
            return ExitCode::from(2);
        }
    };
    if opts.census {
        println!("census: specs having each construct");
        for (k, n) in &report.census {
            println!("  {n:5}  {k}");
        }
    }
    for f in &report.findings {
        let Some(path) = &f.file else { continue };
        println!("==== {} ({})", path.display(), f.class.0);
        match std::fs::read_to_string(path) {
            Ok(text) => println!("{text}"),
            Err(e) => println!("(cannot read it: {e})"),
        }
    }
    print!("{}", report.summary(opts));
    if report.findings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn recheck(opts: &Options, files: &[PathBuf]) -> ExitCode {
    let results = match run::recheck(opts, files) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("compile-fuzz: {e}");
            return ExitCode::from(2);
        }
    };
    let mut failing = 0;
    for (path, failures) in &results {
        if failures.is_empty() {
            println!("ok      {}", path.display());
        } else {
            failing += 1;
            for f in failures {
                println!("FAILS   {}: {}", path.display(), f.class.0);
            }
        }
    }
    println!("{} of {} specs compile", results.len() - failing, results.len());
    if failing == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
