using Microsoft.AspNetCore.Http.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Microsoft.Extensions.Options;
using NodaTime;
using Planner.Access;
using Planner.Data;
using Planner.Demo;
using Planner.Http;
using Planner.Web;
using Quartz;

namespace Planner.Hosting;

/// <summary>Builds the one host that serves the API and runs the background jobs.</summary>
public static class PlannerHost
{
    /// <summary>
    /// Builds the application from configuration arguments. <paramref name="cli"/> hosts are
    /// for one command: logs go to standard error, the background jobs do not start, and neither the
    /// request pipeline nor the endpoints are built (a command serves no requests; this is start-up
    /// work, mostly JIT compilation, that <c>planner print</c> would wait for).
    /// </summary>
    public static WebApplication Build(string[] args, bool cli)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (cli)
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        AddServices(builder.Services, builder.Configuration, cli);
        var app = builder.Build();
        if (!cli)
            MapEndpoints(app);
        return app;
    }

    private static void AddServices(IServiceCollection services, IConfiguration configuration, bool cli)
    {
        services.AddOptions<PlannerOptions>().Bind(configuration.GetSection(PlannerOptions.Section));
        services.AddSingleton<IClock>(SystemClock.Instance);
        services.AddSingleton<HostIdentity>();
        services.AddSingleton(sp => new Time.SecretariatClock(sp.GetRequiredService<IClock>(),
            DateTimeZoneProviders.Tzdb.GetZoneOrNull(sp.GetRequiredService<IOptions<PlannerOptions>>().Value.TimeZone)
            ?? throw new InvalidOperationException("Planner:TimeZone is not an IANA time zone id (Asia/Tashkent).")));
        services.AddHttpContextAccessor();
        services.AddSingleton<Access.ActorContext>();
        services.AddSingleton<IChangeContext>(sp => sp.GetRequiredService<Access.ActorContext>());
        services.AddSingleton(sp => new Db(sp.GetRequiredService<IOptions<PlannerOptions>>().Value.DatabaseSetting, sp.GetRequiredService<IChangeContext>()));
        services.AddSingleton<Migrator>();
        services.AddSingleton<DemoData>();
        services.AddSingleton<DemoServices>();
        services.Configure<JsonOptions>(o => Json.Configure(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemHandler>();
        // Migrations (and the first-start demo data) run before Quartz starts on the same database, and before
        // Data Protection loads its keys from it.
        if (!cli)
            services.AddHostedService<StartupTasks>();
        services.AddAccess();
        services.AddWeb();
        services.AddOpenApi(o => o.AddSchemaTransformer<OpenApiNodaTime>());
        Capabilities.AddServices(services);

        AddQuartz(services, configuration, cli);
    }

    /// <summary>How often a clustered host checks in, and how late it may be before the others take over its work.</summary>
    public static readonly TimeSpan CheckinInterval = TimeSpan.FromSeconds(5);

    /// <summary>See <see cref="CheckinInterval"/>: a dead host's jobs are taken over at most about 20 s after it died.</summary>
    public static readonly TimeSpan CheckinMisfireThreshold = TimeSpan.FromSeconds(10);

    private static void AddQuartz(IServiceCollection services, IConfiguration configuration, bool cli)
    {
        var planner = configuration.GetSection(PlannerOptions.Section).Get<PlannerOptions>() ?? new PlannerOptions();
        services.AddQuartz(q =>
        {
            // The store's tables come from migrations/<dialect>/0002; the connection is made when the scheduler
            // starts, from the same Db the rest of Planner uses (so tests and the command line can set it late).
            if (planner.Clustered)
            {
                // Several hosts on one PostgreSQL database: one scheduler cluster, each trigger fired on one host, and
                // a dead host's jobs (all request recovery) run again by another once it has missed its check-ins.
                q.ConfigureScheduler(o => o.GenerateInstanceId = true); // quartz.scheduler.instanceId = AUTO
                q.UsePersistentStore(s =>
                {
                    s.UsePostgres(o => o.DataSourceFactory = sp => NpgsqlDataSource.Create(sp.GetRequiredService<Db>().ConnectionString));
                    s.UseClustering(c =>
                    {
                        c.CheckinInterval = CheckinInterval;
                        c.CheckinMisfireThreshold = CheckinMisfireThreshold;
                    });
                });
            }
            else
            {
                // Unpooled: a connection SQLite opened read-only while the storage could not be written would otherwise
                // be reused once it can, and the scheduler would retry its writes forever (and never stop).
                q.UsePersistentStore(s => s.UseSqlite(o =>
                    o.DataSourceFactory = sp => SqliteFactory.Instance.CreateDataSource(
                        new SqliteConnectionStringBuilder(sp.GetRequiredService<Db>().ConnectionString) { Pooling = false }.ToString())));
            }

            Capabilities.AddJobs(q);
        });

        if (!cli)
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
    }

    private static void MapEndpoints(WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseApiHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseWeb();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapGet("/health", async (Db db, CancellationToken ct) =>
        {
            await db.ReadAsync(c => Dapper.SqlMapper.ExecuteScalarAsync<long>(c, "SELECT 1"), ct);
            return Results.Ok(new { status = "healthy" });
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapOpenApi().RequireAuthorization(Policies.Api);

        var api = app.MapGroup("/api").RequireAuthorization(Policies.Api);
        api.MapAccess();
        Capabilities.MapEndpoints(api);

        // RSVP links (issue 4) live outside /api: the link's token is the credential.
        Invitations.RsvpEndpoints.MapRsvp(app);
        // Calendar feeds (issue 19): the feed token in the path is the credential, and opens nothing else.
        Feeds.FeedEndpoints.MapCalendarFeed(app);

        // The secretariat's pages (issue 7), signed in with a cookie.
        app.MapWeb();
    }
}

/// <summary>Applies the migrations, then loads the demo data on a first start when configured to.</summary>
internal sealed partial class StartupTasks(Migrator migrator, Db db, DemoData demo, IOptions<PlannerOptions> options, ILogger<StartupTasks> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Storage.Prepare(options.Value);
        var applied = migrator.Upgrade();
        LogMigrated(logger, applied.Count, db.Description);
        if (options.Value.SeedDemo && await demo.IsEmptyAsync(cancellationToken))
        {
            var added = await demo.LoadAsync(cancellationToken);
            LogSeeded(logger, added);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migration(s) to {Database}")]
    private static partial void LogMigrated(ILogger logger, int count, string database);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the demo data set: {Count} records")]
    private static partial void LogSeeded(ILogger logger, int count);
}
