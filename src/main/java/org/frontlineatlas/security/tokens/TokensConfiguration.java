package org.frontlineatlas.security.tokens;

import java.time.Clock;
import org.frontlineatlas.security.UserRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The token store; the Bearer filter itself is made in SecurityConfiguration (a Filter bean would also run outside the security chain). */
@Configuration
public class TokensConfiguration {

    @Bean
    ApiTokenRepository apiTokenRepository(JdbcClient jdbc) {
        return new ApiTokenRepository(jdbc);
    }

    @Bean
    ApiTokens apiTokens(
            ApiTokenRepository tokens,
            UserRepository users,
            Clock clock,
            ObjectProvider<SecurityContextHolderStrategy> security) {
        return new ApiTokens(
                tokens, users, clock, security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
    }
}
