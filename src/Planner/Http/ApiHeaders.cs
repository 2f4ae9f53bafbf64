namespace Planner.Http;

/// <summary>
/// Headers on every reply of the API (<c>/api</c>, <c>/openapi</c>) and of the token links (<c>/rsvp</c>,
/// <c>/calendar</c>): <c>X-Content-Type-Options: nosniff</c>, so a browser never runs a reply as another type than
/// declared, and <c>Cache-Control: no-store</c>, so no shared or browser cache keeps data read with a credential.
/// Set when the reply starts, so problem replies written by the exception handler carry them too.
/// </summary>
public static class ApiHeaders
{
    private static readonly string[] Prefixes = ["/api", "/openapi", "/rsvp", "/calendar"];

    public static IApplicationBuilder UseApiHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (Prefixes.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
        }

        return next(context);
    });
}
