using Planner.Hosting;

return await Cli.RunAsync(args);

/// <summary>The entry point; public so the in-process test host can find it.</summary>
public partial class Program;
