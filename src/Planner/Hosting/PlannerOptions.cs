namespace Planner.Hosting;

/// <summary>
/// Settings under the <c>Planner</c> configuration section (appsettings.json,
/// environment variables <c>Planner__X</c>, or <c>--Planner:X=…</c> on the command line).
/// </summary>
public sealed class PlannerOptions
{
    public const string Section = "Planner";

    /// <summary>
    /// Folder holding <c>planner.db</c> and everything else the service writes.
    /// Relative paths are taken from the working directory. Default <c>data</c>.
    /// </summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// When true, the service loads the demo data set the first time it starts on an
    /// empty database. The README's run command sets it; production deployments do not.
    /// </summary>
    public bool SeedDemo { get; set; }

    /// <summary>
    /// The language whose names set the order of precedence of states in lists, seating and
    /// rotation: <c>ru</c> for the SCO (Russian alphabetical order), or <c>en</c>, <c>zh</c>.
    /// </summary>
    public string PrecedenceLanguage { get; set; } = "ru";

    /// <summary>
    /// The IANA zone of the secretariat, whose midnight starts Planner's "today" (overdue actions, coming
    /// events, the default date of queries). Default <c>Asia/Tashkent</c>.
    /// </summary>
    public string TimeZone { get; set; } = "Asia/Tashkent";

    /// <summary>
    /// Where the data is kept. Empty (the default): the SQLite file <c>planner.db</c> in <see cref="DataDirectory"/>.
    /// A PostgreSQL connection string (<c>Host=db;Port=5432;Database=planner;Username=planner;Password=…</c>) puts
    /// the same service on that database, which several hosts may share.
    /// </summary>
    public string Database { get; set; } = "";

    /// <summary>True when the data is in the SQLite file of the data directory.</summary>
    public bool UsesSqliteFile => string.IsNullOrWhiteSpace(Database);

    /// <summary>
    /// True when the database is a server that several Planner hosts share (PostgreSQL): Quartz then runs clustered,
    /// and mail must go to an SMTP server (a folder of <c>.eml</c> files would be on one host's disk only).
    /// </summary>
    public bool Clustered => !UsesSqliteFile;

    /// <summary>Full path of the SQLite database file.</summary>
    public string DatabasePath => Path.Combine(Path.GetFullPath(DataDirectory), "planner.db");

    /// <summary>What <see cref="Data.Db"/> opens: <see cref="Database"/>, or the SQLite file when that is empty.</summary>
    public string DatabaseSetting => UsesSqliteFile ? DatabasePath : Database;
}
