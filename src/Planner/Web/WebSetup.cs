using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using NodaTime;
using Microsoft.Extensions.Options;
using Planner.Access;
using Planner.Hosting;

namespace Planner.Web;

/// <summary>
/// The secretariat's web pages: server-rendered Razor Pages in the capability folders
/// (<c>Events/Pages</c>, <c>Parties/Pages</c>, …), signed in with a cookie, in English, Russian or Chinese.
/// </summary>
public static class WebSetup
{
    public static IServiceCollection AddWeb(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        // Russian and Chinese are written as themselves, not as &#x...; escapes (still HTML-encoded).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddScoped<WebContext>();
        services.AddSingleton<UserAdmin>();
        services.AddRazorPages(o =>
        {
            // Pages live in the folder of their capability; each names its own route with @page.
            o.RootDirectory = "/";
            o.Conventions.AuthorizeFolder("/", Policies.Web);
            o.Conventions.AllowAnonymousToPage("/Web/SignIn");
            o.Conventions.AuthorizePage("/Access/Pages/Admin", Policies.Admin);
            o.Conventions.AddPageRoute("/Events/Pages/EventForm", "/events/{id:long}/edit");
        }).AddMvcOptions(o => o.Filters.Add(new WriteAccessFilter()));

        // Behind a TLS-terminating proxy (X-Forwarded-Proto: https from a trusted proxy) the anti-forgery cookie is
        // Secure, as the sign-in cookie is.
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        // Sign-in cookies stay valid across restarts and hosts: the keys that protect them live in the database.
        services.AddDataProtection().SetApplicationName("planner");
        services.AddOptions<KeyManagementOptions>().Configure<Data.Db, IClock, IOptions<PlannerOptions>>((o, db, clock, planner) =>
            o.XmlRepository = new DatabaseXmlRepository(db, clock, Path.Combine(Path.GetFullPath(planner.Value.DataDirectory), "keys")));

        return services;
    }

    public static void UseWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (context, next) =>
        {
            // Pages run no script at all; what a name contains can only ever be text.
            if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
            }

            await next();
        });
    }

    public static void MapWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapRazorPages();

        app.MapGet("/web.css", () => Results.Text(Css.Value, "text/css; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();

        // The language switch: remembers the choice for a year and goes back to the page it was made on.
        app.MapGet("/language/{lang}", (string lang, string? back, HttpContext http) =>
        {
            if (Language.TryParse(lang, out var chosen) && chosen.Code == lang)
            {
                http.Response.Cookies.Append(WebContext.LanguageCookie, lang, new CookieOptions
                {
                    HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), IsEssential = true,
                });
            }

            return Results.LocalRedirect(IsLocal(back) ? back! : "/");
        }).AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>A path on this site ("/events/4"), not another site ("//evil", "/\evil", "https://…").</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    private static readonly Lazy<string> Css = new(() =>
    {
        using var stream = typeof(WebSetup).Assembly.GetManifestResourceStream("web/planner.css")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Invariant(long n) => n.ToString(CultureInfo.InvariantCulture);
}
