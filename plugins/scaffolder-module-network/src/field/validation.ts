import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { networkApiRef } from '@localplus/plugin-network';
import {
  availabilityRequest,
  classifyAvailability,
  conflictMessage,
  unreachableMessage,
} from '../model/availability';
import {
  resolveSettings,
  type NetworkExposureUiOptions,
} from '../model/options';
import { exposureProblems } from '../model/problems';
import { serviceName, serviceNameProblem } from '../model/serviceName';
import { isNetworkExposureObject, readNetworkExposure } from '../model/value';
import type { NetworkExposureFormData } from './schema';

/**
 * The field's validation, run by the scaffolder when Next is pressed: the action's own checks
 * (same validators, same words), then the network index, failing closed like the action when
 * the index cannot answer.
 *
 * The scaffolder validates properties, not steps. When the field renders a whole step, the
 * template marks the step's `exposure` property with the field too, so this runs with that
 * property as `value` (whatever its declared type says); the field's keys are then read from the whole form data.
 *
 * @public
 */
export const validateNetworkExposure: CustomFieldValidator<
  NetworkExposureFormData,
  NetworkExposureUiOptions
> = async (value, validation, context) => {
  const { apiHolder, formData, uiSchema } = context;
  const exposure = readNetworkExposure(
    isNetworkExposureObject(value) ? value : formData,
  );
  const settings = resolveSettings(uiSchema?.['ui:options']);
  const name = serviceName(formData);
  if (!name) {
    validation.addError(serviceNameProblem(formData) ?? 'No service name.');
    return;
  }
  const problems = exposureProblems(exposure, name, settings);
  for (const problem of problems) {
    validation.addError(problem.message);
  }
  const request =
    problems.length === 0
      ? availabilityRequest(exposure, name, settings)
      : undefined;
  if (!request) {
    return;
  }
  const api = apiHolder.get(networkApiRef);
  if (!api) {
    validation.addError(
      unreachableMessage('the network API is not installed in this app'),
    );
    return;
  }
  try {
    const state = classifyAvailability(
      request,
      await api.checkAvailability(request),
    );
    if (state.status === 'conflict') {
      for (const conflict of state.conflicts) {
        validation.addError(conflictMessage(conflict));
      }
    }
  } catch (error) {
    validation.addError(unreachableMessage(error));
  }
};
