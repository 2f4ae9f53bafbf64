using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;

namespace Planner.Hosting;

/// <summary>Describes NodaTime values in the OpenAPI document as the strings they are in JSON.</summary>
internal sealed class OpenApiNodaTime : IOpenApiSchemaTransformer
{
    private static readonly Dictionary<Type, (string Format, string Example)> Formats = new()
    {
        [typeof(LocalDate)] = ("date", "2023-09-08"),
        [typeof(LocalDateTime)] = ("local-date-time", "2023-09-08T10:00"),
        [typeof(LocalTime)] = ("local-time", "10:00"),
        [typeof(Instant)] = ("date-time", "2023-09-08T04:00:00Z"),
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (Formats.TryGetValue(type, out var format))
        {
            schema.Type = JsonSchemaType.String;
            schema.Format = format.Format;
            schema.Properties?.Clear();
            schema.Description = $"e.g. {format.Example}";
        }

        return Task.CompletedTask;
    }
}
