package dev.portcullis.simulator.http;

/** The ARM error responses the simulator gives, with ARM's codes. */
final class ArmErrors {

    private ArmErrors() {
    }

    static ArmResponse missingApiVersion() {
        return ArmResponse.error(400, "MissingApiVersionParameter",
                "The api-version query parameter (?api-version=) is required for all requests.");
    }

    static ArmResponse invalidSkipToken(String token) {
        return ArmResponse.error(400, "InvalidSkipToken", "The skip token '" + token + "' is not valid.");
    }

    static ArmResponse methodNotAllowed(String method) {
        return ArmResponse.error(405, "MethodNotAllowed",
                        "The requested resource does not support http method '" + method + "'.")
                .withHeader("Allow", "GET");
    }

    static ArmResponse subscriptionNotFound(String subscriptionId) {
        return ArmResponse.error(404, "SubscriptionNotFound", "The subscription '" + subscriptionId + "' could not be found.");
    }

    static ArmResponse resourceGroupNotFound(String resourceGroup) {
        return ArmResponse.error(404, "ResourceGroupNotFound", "Resource group '" + resourceGroup + "' could not be found.");
    }

    static ArmResponse resourceNotFound(String resourceType, String name, String resourceGroup) {
        String where = resourceGroup == null ? "" : " under resource group '" + resourceGroup + "'";
        return ArmResponse.error(404, "ResourceNotFound",
                "The Resource '" + resourceType + "/" + name + "'" + where + " was not found.");
    }

    static ArmResponse invalidResourceType(String namespace, String type, String apiVersion) {
        return ArmResponse.error(404, "InvalidResourceType", "The resource type '" + type
                + "' could not be found in the namespace '" + namespace + "' for api version '" + apiVersion + "'.");
    }

    static ArmResponse notFound(String path) {
        return ArmResponse.error(404, "NotFound", "No HTTP resource was found that matches the request URI '" + path + "'.");
    }

    static ArmResponse internalError(String message) {
        return ArmResponse.error(500, "InternalServerError", message);
    }

    /** The answer of an injected fault with this status. */
    static ArmResponse fault(int status, Integer retryAfterSeconds) {
        ArmResponse response = switch (status) {
            case 429 -> ArmResponse.error(429, "TooManyRequests", retryAfterSeconds == null
                    ? "Number of 'read' requests for subscription exceeded the limit. Please try again later."
                    : "Number of 'read' requests for subscription exceeded the limit. Please try again after "
                            + retryAfterSeconds + " seconds.");
            case 500 -> internalError("Encountered internal server error (injected by the simulator).");
            case 502 -> ArmResponse.error(502, "BadGateway", "Bad gateway (injected by the simulator).");
            case 503 -> ArmResponse.error(503, "ServiceUnavailable", "The service is unavailable (injected by the simulator).");
            case 504 -> ArmResponse.error(504, "GatewayTimeout", "The gateway did not receive a response in time (injected by the simulator).");
            case 401 -> ArmResponse.error(401, "InvalidAuthenticationToken", "The access token is invalid (injected by the simulator).");
            case 403 -> ArmResponse.error(403, "AuthorizationFailed", "The client does not have authorization (injected by the simulator).");
            case 404 -> ArmResponse.error(404, "NotFound", "Not found (injected by the simulator).");
            default -> ArmResponse.error(status, "SimulatedFault", "Injected by the simulator.");
        };
        return retryAfterSeconds == null ? response : response.withHeader("Retry-After", Integer.toString(retryAfterSeconds));
    }
}
