import { inject } from 'vitest';
import { useLocalAwsEnvironment } from '../../local/aws-local';

// Workers may start before the global setup changed the parent's environment; the endpoint it
// provides is the one source of truth.
useLocalAwsEnvironment(inject('dynamoEndpoint'));
