package org.masthead.engine.membership;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.time.Clock;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.IgnoresCredentials;
import org.masthead.engine.web.WebComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The signed-webhook adapter of the payment port: the provider posts its events here. */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
public class PaymentWebhookResource {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentWebhookResource.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final PaymentEvents events;
    private final WebhookSignature signature;
    private final Clock clock;

    @Inject
    public PaymentWebhookResource(PaymentEvents events, @Named("paymentWebhookSecret") String secret, Clock clock) {
        this.events = events;
        this.signature = new WebhookSignature(secret);
        this.clock = clock;
    }

    @POST
    @Path("payments/webhook")
    @Consumes(MediaType.APPLICATION_JSON)
    @IgnoresCredentials
    @Operation(summary = "Receive a payment provider's event",
            description = "Signed with the shared secret (masthead.payments.webhook-secret): header Masthead-Signature"
                    + " t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\">, at most 5 minutes old. 401 for a"
                    + " missing, wrong or stale signature, 404 when no secret is configured. 200 with duplicate true"
                    + " when the event id was applied before.",
            requestBody = @RequestBody(content = @Content(schema = @Schema(implementation = PaymentEvents.Event.class))))
    public PaymentEvents.Outcome receive(byte[] body, @HeaderParam(WebhookSignature.HEADER) String header) {
        if (signature.secret().isEmpty()) {
            throw ApiException.notFound("payment webhook");
        }
        if (!signature.verifies(header, body == null ? new byte[0] : body, clock.instant())) {
            LOG.info("Refused a payment webhook delivery: missing, wrong or stale signature");
            throw new ApiException(401, "invalid_signature", "the " + WebhookSignature.HEADER
                    + " header does not sign this body with the shared secret, or is older than 5 minutes");
        }
        PaymentEvents.Event event;
        try {
            event = JSON.readValue(body, PaymentEvents.Event.class);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("malformed_json", "the event is not a JSON object of the documented shape");
        } catch (IOException e) {
            throw ApiException.badRequest("malformed_json", "the event could not be read");
        }
        return events.apply(event);
    }
}
